package io.notewell.remote.control;

import jakarta.ejb.ApplicationException;

/**
 * The model service refused this request as such (400, 413, 422: too long for its context, a format it does
 * not take): asking again would get the same answer, so the session ends in Error with this message.
 */
@ApplicationException(rollback = false, inherited = true)
public class ModelRejected extends RuntimeException {
    public ModelRejected(String message) {
        super(message);
    }
}
