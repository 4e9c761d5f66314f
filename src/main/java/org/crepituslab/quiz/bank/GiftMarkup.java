package org.crepituslab.quiz.bank;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GIFT text formats as safe plain text: {@code [html]} and {@code [moodle]} text (and any text that
 * holds tags) loses its tags and keeps its words, entities decoded; scripts and styles are dropped
 * whole; {@code [markdown]} loses its emphasis marks; {@code [plain]} is kept as written. Nothing
 * is ever executed: banks hold plain text only. Images cannot travel in GIFT and are reported.
 */
final class GiftMarkup {
    private static final Pattern FORMAT = Pattern.compile("^\\s*\\[(html|moodle|plain|markdown)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!][^>]*>");
    private static final Pattern DROPPED = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
    private static final Pattern IMG = Pattern.compile("(?i)<img\\b[^>]*>");
    private static final Pattern HREF = Pattern.compile("(?i)\\b(?:src|href|data)\\s*=\\s*[\"']?([^\"' >]*)");
    private static final Pattern SRC = Pattern.compile("(?i)\\bsrc\\s*=\\s*[\"']?([^\"' >]*)");
    private static final Pattern MEDIA = Pattern.compile("(?i)<(audio|video|embed|object|iframe)\\b[^>]*>"
            + "|<a\\b[^>]*href\\s*=\\s*[\"']?[^\"' >]*\\.(mp3|wav|ogg|oga|m4a|mp4|webm|avi|mov|swf)[\"' >][^>]*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p\\s*>|</li\\s*>|</div\\s*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    /** Where notes go: the importer's report. */
    interface Notes {
        void note(int line, String message);
    }

    private GiftMarkup() {
    }

    /** Protected GIFT text (escapes as placeholders) to plain text. */
    static String text(String protectedText, int line, Notes notes) {
        String t = protectedText;
        String format = "moodle";
        Matcher f = FORMAT.matcher(t);
        if (f.find()) {
            format = f.group(1).toLowerCase(Locale.ROOT);
            t = t.substring(f.end());
        }
        // escapes back to characters first: an escaped "=" inside a tag is still part of the tag
        return render(GiftText.restore(t), format, line, notes);
    }

    /** Text in a Moodle format ("html", "moodle", "plain", "markdown") as plain text. */
    static String render(String text, String format, int line, Notes notes) {
        String t = text;
        if (format.equals("markdown")) {
            t = t.replaceAll("\\*\\*|__|`", "");
        } else if (!format.equals("plain") && TAG.matcher(t).find()) {
            t = html(t, line, notes);
        } else if (!format.equals("plain")) {
            t = entities(t);
        }
        return t.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\n ?", "\n").strip();
    }

    private static String html(String t, int line, Notes notes) {
        Matcher img = IMG.matcher(t);
        while (img.find()) {
            Matcher at = SRC.matcher(img.group());
            String src = at.find() ? " \"" + at.group(1) + "\"" : "";
            notes.note(line, "image" + src + " dropped: GIFT cannot carry image files (attach it to the question's"
                    + " \"image\" field by hand)");
        }
        Matcher media = MEDIA.matcher(t);
        while (media.find()) {
            Matcher at = HREF.matcher(media.group());
            String what = at.find() ? " \"" + at.group(1) + "\"" : "";
            notes.note(line, "sound or video" + what + " dropped: it cannot travel with the question (its text is kept)");
        }
        String s = DROPPED.matcher(t).replaceAll(" ");
        s = BREAK.matcher(s).replaceAll(" ");
        s = TAG.matcher(s).replaceAll("");
        return entities(s);
    }

    /** Named (the common ones) and numeric character references; unknown names are left as written. */
    static String entities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "nbsp" -> " ";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "amp" -> "&";
                case "ndash" -> "\u2013";
                case "mdash" -> "\u2014";
                case "hellip" -> "\u2026";
                default -> numeric(e);
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(r == null ? m.group() : r));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String numeric(String e) {
        if (!e.startsWith("#")) {
            return null;
        }
        int cp = e.startsWith("#x") || e.startsWith("#X") ? Integer.parseInt(e.substring(2), 16)
                : Integer.parseInt(e.substring(1));
        // control characters and invalid code points never reach a bank
        return Character.isValidCodePoint(cp) && !Character.isISOControl(cp) ? new String(Character.toChars(cp)) : " ";
    }
}
