package org.crepituslab.framework.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crepituslab.framework.cli.Simulation;
import org.crepituslab.framework.validation.Validation;

/**
 * The declarations of the installed screens. The app's screen list installs them once at start;
 * the quiz validator, the {@code simulate} command, the string bundles and the quiz's sounds all
 * read from here, so adding a screen touches only its own package and one line of the list.
 * A test may install a list with an extra screen and restore the old one afterwards.
 */
public final class Declarations {
    private static volatile List<Declaration> installed = List.of();
    private static volatile int version;

    private Declarations() {
    }

    /** Replaces the installed declarations; returns the previous ones (for tests to restore). */
    public static List<Declaration> install(List<Declaration> declarations) {
        List<Declaration> old = installed;
        installed = List.copyOf(declarations);
        version++;
        return old;
    }

    /** Changes with every install, so caches derived from the declarations (the strings) know to reload. */
    public static int version() {
        return version;
    }

    public static List<Declaration> all() {
        return installed;
    }

    public static Optional<Declaration> byId(String id) {
        return installed.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Ids of the screens that promise a contract (something to set or watch), in list order. */
    public static List<String> contractIds() {
        return installed.stream().filter(d -> !d.contract().equals(ScreenContract.NONE)).map(Declaration::id).toList();
    }

    public static Optional<ScreenContract> contract(String screenId) {
        return byId(screenId).map(Declaration::contract).filter(c -> !c.equals(ScreenContract.NONE));
    }

    public static List<Simulation> simulations() {
        return installed.stream().flatMap(d -> d.simulations().stream()).toList();
    }

    public static List<Validation> validations() {
        return installed.stream().flatMap(d -> d.validations().stream()).toList();
    }

    public static List<ExampleSound> sounds() {
        return installed.stream().flatMap(d -> d.sounds().stream()).toList();
    }

    public static Optional<ExampleSound> sound(String name) {
        return sounds().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public static List<String> soundNames() {
        return sounds().stream().map(ExampleSound::name).toList();
    }

    public static List<String> bundles() {
        return installed.stream().map(Declaration::bundle).filter(Objects::nonNull).distinct().toList();
    }
}
