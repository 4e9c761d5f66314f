package org.crepituslab.tendon.view;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.crepituslab.framework.LatestJob;
import org.crepituslab.framework.Strings;
import org.crepituslab.tendon.model.TendonConstants;
import org.crepituslab.tendon.model.TendonModel;

/**
 * Says where the current sitting hours sit in the population: more sitting than what share of
 * adults, and what share of simulated people who sit that long have a snapping hip. The share
 * comes from screening a few hundred simulated hips, so it is worked out off the FX thread and
 * shown when ready; a newer request replaces an older one.
 */
final class PopulationPlace {
    /** Pause after each simulated person, ms (about three times a person's screening). */
    private static final long PAUSE_MS = 10;

    private final TendonModel model;
    private final Consumer<String> show;
    private double requested = Double.NaN;
    /** One worker for every tendon view; a newer request replaces an older one. */
    private final LatestJob job = new LatestJob("tendon-population");

    PopulationPlace(TendonModel model, Consumer<String> show) {
        this.model = model;
        this.show = show;
    }

    /**
     * A pause after each simulated person: the share takes about half a second of processor time,
     * which, taken in one go on a two-core machine, competes with the frames being drawn as the
     * screen opens (measured: the tendon screen's p99 frame interval doubled). Spread over a few
     * seconds it does not.
     */
    private static void yield() {
        try {
            Thread.sleep(PAUSE_MS);
        } catch (InterruptedException e) {
            // cancelled (a newer request, or the view closed): stop screening
            Thread.currentThread().interrupt();
            throw new CancellationException("population place no longer wanted");
        }
    }

    /** Starts working out the place of these sitting hours (on the FX thread). */
    void show(double hours) {
        if (hours == requested) {
            return;
        }
        requested = hours;
        double percentile = model.sittingPercentile();
        show.accept(Strings.format("tendon.population.working", TendonView.fmt1(hours), Math.round(percentile * 100)));
        double tightness = TendonConstants.tightnessFromSittingHours(hours);
        job.submit(() -> model.populationPrevalenceAt(tightness, PopulationPlace::yield),
                share -> show.accept(Strings.format("tendon.population", TendonView.fmt1(hours),
                        Math.round(percentile * 100), Math.round(share * 100))));
    }

    /**
     * Drops this view's job, queued or running: a queued job holds the view (through its label), so
     * a closed view waiting behind another's screening could not be collected.
     */
    void cancel() {
        job.cancel();
    }
}
