package org.crepituslab.quiz.bank;

import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.BankSource;

/**
 * Loads a JSON question bank: size limit, strict UTF-8, JSON with locations, then the format
 * check. Never throws for a bad file: the result lists every problem instead.
 */
public final class BankLoader {
    /** The built-in bank, packaged in the jar from assets/banks/. */
    public static final String BUILTIN_RESOURCE = "/assets/banks/builtin.json";

    /** Shares of the progress bar: reading the file, parsing, checking. */
    private static final double READ_SHARE = 0.6;
    private static final double PARSE_SHARE = 0.3;

    private BankLoader() {
    }

    public static LoadResult load(Path file) {
        return load(file, p -> { });
    }

    /** Loads a bank file, reporting progress from 0 to 1 (called on the loading thread). */
    public static LoadResult load(Path file, DoubleConsumer progress) {
        String name = file.toString();
        try {
            byte[] bytes = BankFiles.read(file, p -> progress.accept(p * READ_SHARE));
            Path folder = file.toAbsolutePath().getParent();
            URL base = file.toAbsolutePath().toUri().toURL();
            return parse(bytes, name, ImageCheck.folder(folder), file.toAbsolutePath().toString(), base.toExternalForm(),
                    progress);
        } catch (BankFormatException e) {
            return LoadResult.failed(e.problem());
        } catch (MalformedURLException e) {
            return LoadResult.failed(new BankProblem(name, 0, 0, "", "cannot be opened: " + e.getMessage()));
        }
    }

    /** The bank shipped inside the app. */
    public static LoadResult loadBuiltin() {
        return loadResource(BUILTIN_RESOURCE);
    }

    /**
     * The built-in bank in a language: {@code builtin_<language>.json} beside the English one when the
     * app ships that translation (same ids and answers), else the English bank.
     */
    public static LoadResult loadBuiltin(Locale locale) {
        String translated = BUILTIN_RESOURCE.replace(".json", "_" + locale.getLanguage() + ".json");
        return !locale.getLanguage().isEmpty() && BankLoader.class.getResource(translated) != null
                ? loadResource(translated) : loadBuiltin();
    }

    public static LoadResult loadResource(String resource) {
        URL url = BankLoader.class.getResource(resource);
        if (url == null) {
            return LoadResult.failed(new BankProblem(resource, 0, 0, "", "not found in the app"));
        }
        try {
            InputStream in = url.openStream();
            byte[] bytes = BankFiles.read(in, resource);
            String folder = resource.substring(0, resource.lastIndexOf('/') + 1);
            return parse(bytes, resource, ImageCheck.resources(folder), null, url.toExternalForm(), p -> { });
        } catch (BankFormatException e) {
            return LoadResult.failed(e.problem());
        } catch (IOException e) {
            return LoadResult.failed(new BankProblem(resource, 0, 0, "", "cannot be read: " + e.getMessage()));
        }
    }

    /** Checks bank text that is already in memory (e.g. an imported GIFT file before it is written). */
    public static LoadResult parseText(String text, String name, ImageCheck images) {
        return parse(text.getBytes(StandardCharsets.UTF_8), name, images, name, null, p -> { });
    }

    private static LoadResult parse(byte[] bytes, String name, ImageCheck images, String origin, String baseUrl,
                                    DoubleConsumer progress) {
        try {
            String text = BankFiles.decodeUtf8(bytes, name);
            LocatedJson json = LocatedJson.parse(text, name);
            progress.accept(READ_SHARE + PARSE_SHARE);
            List<BankProblem> problems = new ArrayList<>();
            Bank bank = BankValidator.validate(name, json, images, problems);
            progress.accept(1);
            return bank == null ? new LoadResult(null, problems) : new LoadResult(new BankSource(bank, origin, baseUrl), List.of());
        } catch (BankFormatException e) {
            return LoadResult.failed(e.problem());
        }
    }
}
