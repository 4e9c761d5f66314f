package org.crepituslab.classroom.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.crepituslab.classroom.ClassroomText;

/**
 * The student page: three files from the app's resources, nothing from elsewhere. The page's words
 * (in the session's language) go into the HTML as a JSON data block, which the script reads as text;
 * "<" is escaped in it so no word can close the block.
 */
final class StudentPage {
    private static final String FOLDER = "/org/crepituslab/classroom/web/";
    private final byte[] html;
    private final byte[] script;
    private final byte[] style;

    StudentPage(ClassroomText text) {
        String words = Json.string(text.pageWords()).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
        html = read("index.html").replace("{{lang}}", text.language()).replace("{{words}}", words)
                .getBytes(StandardCharsets.UTF_8);
        script = read("app.js").getBytes(StandardCharsets.UTF_8);
        style = read("app.css").getBytes(StandardCharsets.UTF_8);
    }

    private static String read(String name) {
        try (InputStream in = StudentPage.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void html(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-store").result(html);
    }

    void script(Context ctx) {
        ctx.contentType("text/javascript; charset=utf-8").header("Cache-Control", "no-cache").result(script);
    }

    void style(Context ctx) {
        ctx.contentType("text/css; charset=utf-8").header("Cache-Control", "no-cache").result(style);
    }
}
