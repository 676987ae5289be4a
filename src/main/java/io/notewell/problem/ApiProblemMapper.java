package io.notewell.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ApiProblemMapper implements ExceptionMapper<ApiProblem> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ApiProblem problem) {
        return Problems.of(problem, Problems.instance(uriInfo));
    }
}
