package org.crepituslab.quiz.bank;

/**
 * One thing wrong with a bank or GIFT file: where (file, 1-based line and column, 0 when unknown),
 * which field (a JSON path such as {@code questions[3].answer}, empty for the whole file) and what
 * was expected.
 */
public record BankProblem(String file, int line, int column, String path, String message) {

    /** {@code file:line:column: path: message}, the form compilers use so editors can jump to it. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (path != null && !path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.append(message).toString();
    }
}
