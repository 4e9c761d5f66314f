package org.crepituslab.tendon.view;

import javafx.scene.AccessibleRole;
import javafx.scene.canvas.GraphicsContext;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.ModelViewTransform;
import org.crepituslab.framework.Palette;
import org.crepituslab.tendon.model.TendonModel;

/**
 * The whole side view of the hip on one canvas, redrawn every frame, bottom to top: the panel,
 * the thigh's soft tissue ({@link ThighTissue}), the pelvis ({@link Pelvis}) and the moving figure ({@link HipFigure}).
 * One canvas rather than a stack of them: in software rendering each full-size canvas layer costs
 * the renderer a full-size composite every frame.
 */
final class HipDrawing extends CanvasPane {
    private final TendonModel model;
    private final HipFigure figure;
    private ModelViewTransform mvt;

    HipDrawing(TendonModel model, SnapCue cue) {
        super(false);
        this.model = model;
        figure = new HipFigure(model, cue);
        // the hip region around it is the slider that assistive technology sees
        setAccessibleRole(AccessibleRole.NODE);
    }

    void setLabels(boolean on) {
        figure.setLabels(on);
    }

    /** The transform of the last drawing (null before the first), in this drawing's coordinates. */
    ModelViewTransform transform() {
        return mvt;
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        HipFrame f = HipFrame.fit(w, h);
        mvt = f.mvt;
        double theta = model.hipAngleProperty().get();
        g.setFill(p.panel());
        g.fillRect(0, 0, w, h);
        ThighTissue.paint(g, p, f, theta);
        Pelvis.paint(g, p, f);
        figure.paint(g, p, f, w, h);
    }
}
