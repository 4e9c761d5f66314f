package org.crepituslab.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crepituslab.app.Screens;
import org.crepituslab.framework.Screen;
import org.crepituslab.framework.SimModel;
import org.crepituslab.framework.contract.Quantity;
import org.crepituslab.framework.contract.ScreenContract;
import org.junit.jupiter.api.Test;

/**
 * Every screen's contract holds on its model: each parameter accepts exactly its declared values
 * (and the readout of the same name then shows the value), refuses values outside them, and every
 * declared readout answers with a number on a fresh model.
 */
class ContractRoundTripTest {
    @Test
    void everyParameterRoundTripsOnItsModel() {
        int checked = 0;
        for (Screen<?> screen : Screens.all()) {
            ScreenContract contract = screen.contract();
            for (Quantity p : contract.parameters()) {
                for (double v : inside(p)) {
                    SimModel m = screen.createModel();
                    assertTrue(m.setParameter(p.name(), v), screen.id() + "." + p.name() + " must accept " + v);
                    double read = settle(m, p.name(), v);
                    assertEquals(v, read, 1e-6 * Math.max(1, Math.abs(v)), screen.id() + "." + p.name() + " after set " + v);
                    checked++;
                }
                for (double v : outside(p)) {
                    SimModel m = screen.createModel();
                    assertFalse(m.setParameter(p.name(), v), screen.id() + "." + p.name() + " must refuse " + v
                            + " (declared " + p.expectation() + ")");
                    checked++;
                }
            }
        }
        assertTrue(checked > 40, "too few contract entries checked: " + checked);
    }

    @Test
    void everyReadoutAnswersOnAFreshModel() {
        for (Screen<?> screen : Screens.all()) {
            SimModel m = screen.createModel();
            for (Quantity r : screen.contract().readouts()) {
                double v = m.readout(r.name());
                assertFalse(Double.isNaN(v), screen.id() + " does not know its declared readout " + r.name());
            }
            assertTrue(Double.isNaN(m.readout("no-such-readout")), screen.id() + " invents readouts");
        }
    }

    @Test
    void everyParameterIsAlsoAReadout() {
        for (Screen<?> screen : Screens.all()) {
            for (Quantity p : screen.contract().parameters()) {
                assertTrue(screen.contract().readout(p.name()).isPresent(),
                        screen.id() + "." + p.name() + " can be set but not watched");
            }
        }
    }

    /** Some parameters are targets the model moves towards (the pull): let it get there. */
    private static double settle(SimModel m, String name, double target) {
        double v = m.readout(name);
        for (int i = 0; i < 400 && Math.abs(v - target) > 1e-6 * Math.max(1, Math.abs(target)); i++) {
            m.step(0.01);
            v = m.readout(name);
        }
        return v;
    }

    private static List<Double> inside(Quantity p) {
        if (!p.allowed().isEmpty()) {
            return p.allowed();
        }
        double hi = p.max() == Double.MAX_VALUE ? p.min() + 10 : p.max();
        double mid = p.isContinuous() ? (p.min() + hi) / 2 : Math.rint((p.min() + hi) / 2);
        return List.of(p.min(), mid, hi);
    }

    private static List<Double> outside(Quantity p) {
        List<Double> out = new ArrayList<>(List.of(Double.NaN, Double.POSITIVE_INFINITY));
        double span = Math.max(1, p.max() == Double.MAX_VALUE ? 1 : p.max() - p.min());
        out.add(p.min() - span);
        if (p.max() != Double.MAX_VALUE) {
            out.add(p.max() + span);
        }
        if (!p.allowed().isEmpty()) {
            out.add((p.allowed().get(0) + p.allowed().get(1)) / 2);
        } else if (!p.isContinuous()) {
            out.add(p.min() + 0.5);
        }
        return out;
    }
}
