package org.crepituslab.tendon.view;

import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.tendon.model.Landscape;
import org.crepituslab.tendon.model.TendonModel;

/**
 * The close-up across the ridge, in the hip view's top right corner: the bone profile (drawn
 * once) under the tendon's cross-section at x and the spring pulling it to its rest path x0
 * (redrawn every frame). The node covers only the inset and the room its snap cue can grow into,
 * so the layers that change every frame stay small; it sits at a whole-pixel offset in the hip's
 * canvas, so what it draws falls on the same pixels as if drawn on the hip's canvas.
 */
final class CloseUpInset extends Region {
    /** Side-to-side range of the close-up, metres. */
    private static final double HALF_RANGE_M = 7e-3;
    /** The snap cue in the close-up is this fraction of the one in the side view. */
    private static final double CUE_SCALE = 0.6;
    /** Room around the inset for the snap cue's ring, which may grow beyond it, pixels. */
    private static final double CUE_MARGIN_PX = SnapCue.reachPx(CUE_SCALE);

    private final ProfileLayer profile = new ProfileLayer();
    private final TendonLayer tendon;
    /** The hip canvas's width, and this node's whole-pixel offset in it, as last placed. */
    private double hipWidth = Double.NaN;
    private double ox;
    private double oy;
    /** The text size the profile was last placed at: a new one moves and resizes the inset. */
    private double placedFontPx = Double.NaN;

    CloseUpInset(TendonModel model, SnapCue cue) {
        tendon = new TendonLayer(model, cue);
        getChildren().addAll(profile, tendon);
        setManaged(false);
    }

    /** The inset's rectangle in a hip canvas w pixels wide: x, y, width, height. */
    static double[] rect(double w) {
        double fp = CanvasPane.fontPx();
        double iw = Math.max(160, Math.min(w * 0.42, fp * 22));
        double ih = Math.max(iw * 0.5, fp * 7.5);
        return new double[] {w - iw - 8, fp * 1.9, iw, ih};
    }

    /**
     * Places the inset in a hip canvas of w × h pixels whose origin is at (canvasX, canvasY) in the
     * parent. The bone profile is drawn again only when the inset moves or changes size.
     */
    void place(double canvasX, double canvasY, double w, double h) {
        boolean show = w >= 10 && h >= 10;
        setVisible(show);
        if (!show) {
            return;
        }
        double[] r = rect(w);
        double left = Math.max(0, Math.floor(r[0] - CUE_MARGIN_PX));
        double top = Math.max(0, Math.floor(r[1] - CUE_MARGIN_PX));
        double right = Math.max(left, Math.min(w, Math.ceil(r[0] + r[2] + CUE_MARGIN_PX)));
        double bottom = Math.max(top, Math.min(h, Math.ceil(r[1] + r[3] + CUE_MARGIN_PX)));
        boolean moved = left != ox || top != oy || w != hipWidth || CanvasPane.fontPx() != placedFontPx;
        hipWidth = w;
        placedFontPx = CanvasPane.fontPx();
        ox = left;
        oy = top;
        resizeRelocate(canvasX + left, canvasY + top, right - left, bottom - top);
        layout();
        if (moved) {
            profile.redraw();
            tendon.redraw();
        }
    }

    @Override
    protected void layoutChildren() {
        profile.resizeRelocate(0, 0, getWidth(), getHeight());
        tendon.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    /** Draws the moving part again: the tendon, its spring and the cue. */
    void redrawTendon() {
        if (isVisible()) {
            tendon.redraw();
        }
    }

    /** The inset's rectangle and its drawing scale, in hip canvas coordinates. */
    private record Box(double ix, double iy, double iw, double ih, double fp) {
        static Box of(double hipWidth) {
            double[] r = rect(hipWidth);
            return new Box(r[0], r[1], r[2], r[3], CanvasPane.fontPx());
        }

        double contentTop() {
            return iy + fp * 1.3;
        }

        /** The profile's base line, above the medial/lateral words. */
        double baseY() {
            return iy + ih - fp * 1.3;
        }

        double ridgeHeight() {
            return (baseY() - contentTop()) * 0.4;
        }

        double pxPerM() {
            return (iw - 16) / (2 * HALF_RANGE_M);
        }

        double centreX() {
            return ix + iw / 2;
        }
    }

    /** The frame, title, side words and the ridge's bone profile: static. */
    private final class ProfileLayer extends CanvasPane {
        ProfileLayer() {
            super(false);
            setAccessibleRole(AccessibleRole.NODE);
        }

        @Override
        protected void draw(GraphicsContext g, Palette p, double w, double h) {
            if (Double.isNaN(hipWidth)) {
                return;
            }
            g.translate(-ox, -oy);
            Box b = Box.of(hipWidth);
            double ix = b.ix();
            double iy = b.iy();
            double iw = b.iw();
            double ih = b.ih();
            double fp = b.fp();
            g.setFill(p.panel());
            g.setStroke(p.axis());
            g.setLineWidth(1.2);
            g.fillRoundRect(ix, iy, iw, ih, 8, 8);
            g.strokeRoundRect(ix, iy, iw, ih, 8, 8);
            g.setFont(font(0.8));
            g.setFill(p.text());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(Strings.get("tendon.closeUp.title"), ix + iw / 2, iy + 3, iw - 8);
            g.setTextBaseline(VPos.BOTTOM);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(Strings.get("tendon.closeUp.medial"), ix + 5, iy + ih - 3, iw / 2 - 8);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(Strings.get("tendon.closeUp.lateral"), ix + iw - 5, iy + ih - 3, iw / 2 - 8);

            double baseY = b.baseY();
            double ridgeH = b.ridgeHeight();
            double pxPerM = b.pxPerM();
            double cx = b.centreX();
            g.setFill(p.bone());
            g.setStroke(p.axis());
            g.beginPath();
            g.moveTo(ix + 8, baseY + fp * 0.2);
            int n = 60;
            for (int i = 0; i <= n; i++) {
                double xm = -HALF_RANGE_M + 2 * HALF_RANGE_M * i / n;
                g.lineTo(cx + xm * pxPerM, baseY - ridgeH * Landscape.ridgeProfile(xm));
            }
            g.lineTo(ix + iw - 8, baseY + fp * 0.2);
            g.closePath();
            g.fill();
            g.stroke();
        }
    }

    /** The tendon's cross-section, the spring to its rest path and the cue: redrawn every frame. */
    private final class TendonLayer extends CanvasPane {
        private final TendonModel model;
        private final SnapCue cue;

        TendonLayer(TendonModel model, SnapCue cue) {
            super(false);
            this.model = model;
            this.cue = cue;
            setAccessibleRole(AccessibleRole.NODE);
        }

        @Override
        protected void draw(GraphicsContext g, Palette p, double w, double h) {
            if (Double.isNaN(hipWidth)) {
                return;
            }
            g.translate(-ox, -oy);
            Box b = Box.of(hipWidth);
            double pxPerM = b.pxPerM();
            double cx = b.centreX();
            double contentTop = b.contentTop();
            double room = b.baseY() - contentTop;
            double x = Math.max(-HALF_RANGE_M, Math.min(HALF_RANGE_M, model.tendonXProperty().get()));
            double x0 = Math.max(-HALF_RANGE_M, Math.min(HALF_RANGE_M, model.restPath()));
            double tx = cx + x * pxPerM;
            double surface = b.baseY() - b.ridgeHeight() * Landscape.ridgeProfile(x);
            double ry = Math.max(4, room * 0.13);
            double rx = Math.max(ry * 1.6, pxPerM * 1.6e-3);
            double ty = surface - ry;
            // the elastic coupling: a zig-zag spring from the tendon to its rest path
            double ax = cx + x0 * pxPerM;
            double sy = Math.max(contentTop + 5, ty - ry - 7);
            g.setStroke(p.seriesColor(2));
            g.setLineWidth(1.6);
            spring(g, tx, sy, ax, sy);
            g.strokeLine(ax, sy - 5, ax, sy + 5);
            g.setFill(p.fluid());
            g.setStroke(p.axis());
            g.fillOval(tx - rx, ty - ry, 2 * rx, 2 * ry);
            g.strokeOval(tx - rx, ty - ry, 2 * rx, 2 * ry);
            if (cue.visible()) {
                cue.draw(g, p, tx, ty, CUE_SCALE, false);
            }
        }

        private void spring(GraphicsContext g, double x1, double y, double x2, double y2) {
            int zig = 8;
            double len = x2 - x1;
            g.beginPath();
            g.moveTo(x1, y);
            for (int i = 1; i < zig; i++) {
                g.lineTo(x1 + len * i / zig, y + (i % 2 == 0 ? -4 : 4));
            }
            g.lineTo(x2, y2);
            g.stroke();
        }
    }
}
