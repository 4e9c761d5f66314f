package org.crepituslab.framework.contract;

import java.util.List;
import org.crepituslab.framework.cli.Simulation;
import org.crepituslab.framework.validation.Validation;

/**
 * Everything a screen declares that other parts of the app derive from, without the view: its id,
 * typed contract, command-line simulations, example sounds, validations and message bundle. Model-side, so the
 * quiz's validator and the CLI can read it without a toolkit.
 */
public record Declaration(String id, ScreenContract contract, List<Simulation> simulations,
        List<ExampleSound> sounds, List<Validation> validations, String bundle) {
    public Declaration {
        simulations = List.copyOf(simulations);
        sounds = List.copyOf(sounds);
        validations = List.copyOf(validations);
    }
}
