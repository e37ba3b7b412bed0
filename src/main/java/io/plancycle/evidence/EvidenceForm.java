package io.plancycle.evidence;

import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.MessageCode;

/** The evidence form of the page, as typed: kept to show again with its problems when refused. */
public class EvidenceForm {

    public String kpiId;
    public String source;
    public String asOf;
    public String verifiedBy;

    /** A KPI's id as a form sends it: blank is none, anything but a whole number is refused at {@code kpiId}. */
    static Long id(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInputException("kpiId", MessageCode.FIELD_WRONG_TYPE);
        }
    }

    EvidenceUpload upload(String fileName, byte[] bytes) {
        return new EvidenceUpload(id(kpiId), fileName, bytes, source, asOf, verifiedBy);
    }
}
