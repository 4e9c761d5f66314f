/**
 * The one plotting package of the views: every graph on every screen is a composition of these
 * small pieces, each with one job.
 * <ul>
 *   <li>{@link org.crepituslab.framework.plot.AxisTicks}: the one tick algorithm (1, 2, 5 × 10ⁿ) and tick labels;</li>
 *   <li>{@link org.crepituslab.framework.plot.Margins} and {@link org.crepituslab.framework.plot.PlotArea}:
 *       the room round a plot and the data rectangle, the one place data becomes pixels (linear or log x);</li>
 *   <li>{@link org.crepituslab.framework.plot.PlotFrame}: title, grid with tick labels, axis names, border;</li>
 *   <li>{@link org.crepituslab.framework.plot.Legend}: entries of a colour swatch and words, in rows;</li>
 *   <li>series renderers: {@link org.crepituslab.framework.plot.SeriesLine} (a time series, thinned by
 *       {@link org.crepituslab.framework.plot.ColumnReducer} and cut by
 *       {@link org.crepituslab.framework.plot.ClippedPolyline}), {@link org.crepituslab.framework.plot.AreaCurve}
 *       (a spectrum), {@link org.crepituslab.framework.plot.HorizontalBars} (bars with a mark),
 *       {@link org.crepituslab.framework.plot.EventLanes} with {@link org.crepituslab.framework.plot.OpacityRamp}
 *       (an event raster).</li>
 * </ul>
 * The pieces draw on a {@link org.crepituslab.framework.CanvasPane}'s canvas and keep its rendering
 * rules (doc/BENCHMARKS.md): no canvas clip masks (lines are cut or clamped to the plot instead), at
 * most four points per pixel column, framed plots paint their own panel inside a one-pixel frame, and
 * opaque or null backgrounds rather than transparent ones.
 */
package org.crepituslab.framework.plot;
