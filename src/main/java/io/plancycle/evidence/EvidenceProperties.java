package io.plancycle.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much evidence an actual may carry (prefix {@code plancycle.evidence}).
 *
 * @param maxFileSize   the largest file accepted
 * @param maxPerActual  the most all the files of one actual may add up to
 */
@ConfigurationProperties("plancycle.evidence")
public record EvidenceProperties(
        @DefaultValue("10MB") DataSize maxFileSize,
        @DefaultValue("30MB") DataSize maxPerActual) {

    /** Megabytes as the messages say them: 10 for 10MB. */
    static long mib(DataSize size) {
        return size.toMegabytes();
    }
}
