/** API documentation for people: a Swagger UI page (from the swagger-ui webjar) over the MicroProfile OpenAPI document at /openapi. */
package io.notewell.docs;
