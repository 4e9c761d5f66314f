package org.crepituslab.grinding.model;

/**
 * One sudden release of stored energy in the joint: a stick-slip of the cartilage contact or a
 * bone spur catching and releasing the tissue that rides over it.
 *
 * @param timeS       simulated time, seconds
 * @param kind        slip or catch
 * @param energyJ     mechanical energy released, joules
 * @param frequencyHz natural frequency of the element that slipped: the ringing of its vibration
 * @param source      which element: patch index for slips, rim index (0 right, 1 left) for catches
 */
public record GrindEvent(double timeS, Kind kind, double energyJ, double frequencyHz, int source) {

    public enum Kind {
        SLIP("slip"), CATCH("catch");

        private final String csvName;

        Kind(String csvName) {
            this.csvName = csvName;
        }

        /** The word written in the events CSV: "slip" or "catch". */
        public String csvName() {
            return csvName;
        }
    }
}
