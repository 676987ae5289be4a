package io.notewell.recording.control;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands memory that native code freed back to the operating system ({@code malloc_trim(0)} of glibc). The
 * speech engine allocates and frees a few hundred megabytes per recording; glibc keeps freed pages in the
 * allocating thread's arena, so without this the server's resident memory stays at its highest point.
 * A no-op where glibc is not the C library.
 */
public final class NativeMemory {

    private static final Logger LOG = Logger.getLogger(NativeMemory.class.getName());

    interface CLibrary extends Library {
        int malloc_trim(long pad);
    }

    private static final CLibrary C = load();

    private NativeMemory() {
    }

    private static CLibrary load() {
        try {
            return Native.load("c", CLibrary.class);
        } catch (UnsatisfiedLinkError | RuntimeException notGlibc) {
            LOG.log(Level.FINE, "malloc_trim is not available", notGlibc);
            return null;
        }
    }

    public static void releaseFreed() {
        if (C != null) {
            try {
                C.malloc_trim(0);
            } catch (UnsatisfiedLinkError notGlibc) {
                LOG.log(Level.FINE, "malloc_trim is not available", notGlibc);
            }
        }
    }
}
