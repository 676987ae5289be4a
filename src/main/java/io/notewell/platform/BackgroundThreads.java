package io.notewell.platform;

import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedThreadFactoryDefinition;

/**
 * The container-made threads that run the engines (notes and speech): CPU-bound work that nobody waits on
 * interactively, so it runs at the lowest priority and the API's requests come first when both want the cores.
 * Measured with bench/api.sh on two cores and PostgreSQL: create-session at saturation 181 → 266 requests/s, list
 * sessions 92 → 151, while the notes those creates queue are written in the background. Java thread priorities reach Linux only
 * with {@code -XX:ThreadPriorityPolicy=1}, which bin/notewell passes (priority 1 becomes nice 10); a lower priority
 * needs no privilege.
 */
@ManagedThreadFactoryDefinition(name = BackgroundThreads.FACTORY, priority = Thread.MIN_PRIORITY)
@Singleton
public class BackgroundThreads {

    /** The JNDI name of the factory, for {@code @Resource(lookup = ...)}. */
    public static final String FACTORY = "java:app/concurrent/BackgroundThreads";
}
