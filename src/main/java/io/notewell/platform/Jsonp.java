package io.notewell.platform;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. The static factories of {@code jakarta.json.Json} look the provider up on every
 * call, and in the application's class loader that lookup scans the class path for service files: a profile of a
 * request that only answered a problem document spent a fifth of its time there.
 */
public final class Jsonp {

    /** Use as {@code JSON.createObjectBuilder()}, {@code JSON.createReader(...)}, like {@code jakarta.json.Json}. */
    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsonp() {
    }
}
