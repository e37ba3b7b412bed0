package io.plancycle.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A file behind what a KPI reached in a year (佐證資料), with where the figure comes from (資料來源), the date it stands
 * at (資料基準日) and who checked it (查核人). Its bytes are kept apart ({@link EvidenceFile}).
 */
@Entity
@Audited
public class Evidence {

    /** The longest source kept (the column's size). */
    public static final int MAX_SOURCE = 500;
    /** The longest name of the person who checked it. */
    public static final int MAX_VERIFIED_BY = 100;
    /** The longest file name kept. */
    public static final int MAX_FILE_NAME = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long kpiId;
    @Column(name = "roc_year")
    private int year;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private String source;
    private LocalDate asOf;
    private String verifiedBy;
    private String addedBy;
    private Instant addedAt;

    protected Evidence() {
    }

    Evidence(Long kpiId, int year, String fileName, FileKind kind, long sizeBytes, String sha256, String source,
             LocalDate asOf, String verifiedBy, String addedBy, Instant addedAt) {
        this.kpiId = kpiId;
        this.year = year;
        this.fileName = fileName;
        this.contentType = kind.mediaType();
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.source = source;
        this.asOf = asOf;
        this.verifiedBy = verifiedBy;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getId() { return id; }
    public Long getKpiId() { return kpiId; }
    public int getYear() { return year; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getSource() { return source; }
    public LocalDate getAsOf() { return asOf; }
    public String getVerifiedBy() { return verifiedBy; }
    public String getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
}
