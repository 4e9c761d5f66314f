package org.crepituslab.framework.contract;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a screen promises to quiz tasks and "show me" links: the parameters that can be set on its
 * model and the readouts that can be watched. Each entry round-trips on the model (a test checks it):
 * {@code setParameter} accepts exactly the values {@link Quantity#accepts} accepts, and
 * {@code readout} of a parameter's name reflects the value set.
 */
public record ScreenContract(List<Quantity> parameters, List<Quantity> readouts) {
    /** A screen with nothing to set or watch. */
    public static final ScreenContract NONE = new ScreenContract(List.of(), List.of());

    public ScreenContract {
        parameters = List.copyOf(parameters);
        readouts = List.copyOf(readouts);
    }

    public Optional<Quantity> parameter(String name) {
        return parameters.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    public Optional<Quantity> readout(String name) {
        return readouts.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    public String parameterNames() {
        return names(parameters);
    }

    public String readoutNames() {
        return names(readouts);
    }

    private static String names(List<Quantity> qs) {
        return qs.isEmpty() ? "(none)" : qs.stream().map(Quantity::name).collect(Collectors.joining(", "));
    }
}
