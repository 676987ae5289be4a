/**
 * Remote model services that speak the OpenAI wire format (OpenAI, Azure OpenAI, vLLM, Ollama, llama.cpp
 * server, whisper.cpp and faster-whisper servers): the HTTP exchange ({@code control}) and the calls with
 * timeouts, retries, a circuit breaker and a bulkhead ({@code boundary}). Nothing here runs, and nothing
 * leaves the machine, unless a remote engine is configured.
 */
package io.notewell.remote;
