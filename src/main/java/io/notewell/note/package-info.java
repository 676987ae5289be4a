/**
 * Notes: templates as data ({@code templates.json}, one definition per session type), the built-in
 * extractive note engine, and the stored note. Guarantees: every note sentence carries evidence (the
 * spans of the input it rests on); every note has a risk section that keeps the polarity of what was
 * said (denied, endorsed, unclear) and never invents or drops a risk; the treatment plan is used only
 * as context and never stored with the note.
 */
package io.notewell.note;
