package org.crepituslab.classroom.server;

/** A request the server refuses: the status and a one-line reason, sent as {"error": reason}. */
final class ApiError extends RuntimeException {
    private final int status;

    ApiError(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
