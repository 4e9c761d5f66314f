package org.crepituslab.quiz.progress;

/**
 * CSV text cells a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
 * carriage return: OWASP's "CSV injection") get a leading apostrophe, which spreadsheets show as
 * plain text. Numbers written by the app are not text cells and stay as they are.
 */
public final class SpreadsheetSafe {
    private SpreadsheetSafe() {
    }

    public static String text(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
