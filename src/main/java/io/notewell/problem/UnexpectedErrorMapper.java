package io.notewell.problem;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line: anything not mapped elsewhere. Unwraps container wrappers (EJBException and the like) to
 * find a known cause; otherwise logs the failure under an incident id and answers 500 without details.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable error) {
        String path = Problems.instance(uriInfo);
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ApiProblem problem) {
                return Problems.of(problem, path);
            }
            if (t instanceof ConstraintViolationException violations) {
                return Problems.of(ConstraintViolationMapper.toProblem(violations), path);
            }
            var unavailable = DependencyUnavailable.of(t);
            if (unavailable.isPresent()) {
                // the database or the broker went away mid-request (DependencyRestartIT)
                LOG.log(Level.WARNING, "A dependency was unavailable, answered 503: {0}", t.getClass().getName());
                return Problems.of(unavailable.get(), path);
            }
            if (t instanceof OptimisticLockException) {
                return Problems.of(ProblemType.CONFLICT, "The resource was changed concurrently; retry the request", path);
            }
            if (t instanceof WebApplicationException web) {
                return new WebApplicationExceptionMapper().withUriInfo(uriInfo).toResponse(web);
            }
            if (t instanceof JsonbException || t instanceof ProcessingException && t.getCause() instanceof JsonbException) {
                return Problems.of(ProblemType.MALFORMED_REQUEST, WebApplicationExceptionMapper.UnreadableBody.describe(t), path);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        String incident = UUID.randomUUID().toString();
        // the exception class and stack only: messages of lower layers may carry request data
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident + ": " + error.getClass().getName(), stripped(error));
        return Problems.of(ProblemType.INTERNAL_ERROR, "Unexpected error; quote incident " + incident + " to the operator", path);
    }

    private static Throwable stripped(Throwable error) {
        Throwable copy = new Throwable(error.getClass().getName());
        copy.setStackTrace(error.getStackTrace());
        if (error.getCause() != null && error.getCause() != error) {
            copy.initCause(stripped(error.getCause()));
        }
        return copy;
    }
}
