package org.crepituslab.tendon;

import org.crepituslab.framework.Screen;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.tendon.model.HipMotion;
import org.crepituslab.tendon.model.TendonModel;
import org.crepituslab.tendon.view.TendonView;

/** Snapping tendon: the iliopsoas tendon snapping over the iliopectineal eminence. */
public final class TendonScreen implements Screen<TendonModel> {
    @Override
    public String id() {
        return "tendon";
    }

    @Override
    public TendonModel createModel() {
        return new TendonModel();
    }

    @Override
    public ScreenView createView(TendonModel model) {
        return new TendonView(model);
    }

    /** Busiest: fully tight and tilted, walking (two snaps per 1.1 s stride). */
    @Override
    public void makeBusy(TendonModel model) {
        model.tightnessProperty().set(1);
        model.pelvicTiltProperty().set(1);
        model.coreEngagementProperty().set(0);
        model.motionProperty().set(HipMotion.WALKING);
    }
}
