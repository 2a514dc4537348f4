package it.semaforo.platform.errors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A 403 problem+json whose detail is a message code resolved in the caller's language. */
public final class Forbidden {

    private Forbidden() {
    }

    public static ErrorResponseException because(String messageCode) {
        return new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail.forStatus(HttpStatus.FORBIDDEN), null,
                messageCode, null);
    }
}
