#!/usr/bin/env bash
# Writes a realistic ~1,500-word therapy session (a conversation with speaker labels) to stdout,
# made from the test sessions: two conversations, then their middle parts again as a continuation.
cd "$(dirname "$0")/.."
s=src/test/resources/sessions
speakers() { sed 's/^Dr. Patel:/Therapist:/; s/^Jordan:/Client:/'; }
{ cat $s/anxiety-transcript.txt; speakers < $s/conflict-transcript.txt
  sed -n '2,16p' $s/anxiety-transcript.txt; speakers < $s/conflict-transcript.txt | sed -n '2,13p'
  sed -n '2,16p' $s/anxiety-transcript.txt; speakers < $s/conflict-transcript.txt | sed -n '10,13p'; }
