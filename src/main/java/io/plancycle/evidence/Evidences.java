package io.plancycle.evidence;

import io.plancycle.problem.EvidenceCode;
import io.plancycle.plan.Kpi;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.NotFoundException;
import io.plancycle.problem.Problems;
import io.plancycle.problem.Term;
import io.plancycle.problem.WrongStageException;
import io.plancycle.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The evidence behind the actuals of an agency's performance report (the year before the cycle's): the one door for
 * adding, removing, listing and opening it. The agency adds and removes evidence while its actuals are its own to
 * change (drafting, and the report step); whoever may read the agency's plan reads its evidence.
 */
@Service
public class Evidences {

    /** The steps at which the agency changes its actuals, and so their evidence. */
    private static final Set<SubmissionStage> OPEN = Set.of(SubmissionStage.DRAFTING, SubmissionStage.REPORT);
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private final PlanService plans;
    private final EvidenceRepository evidence;
    private final EvidenceFileRepository files;
    private final EvidenceProperties limits;

    Evidences(PlanService plans, EvidenceRepository evidence, EvidenceFileRepository files, EvidenceProperties limits) {
        this.plans = plans;
        this.evidence = evidence;
        this.files = files;
        this.limits = limits;
    }

    /** The evidence of the agency's report year, in the order it was added. */
    @Transactional(readOnly = true)
    public List<EvidenceView> list(int year, String agencyCode) {
        CurrentUser.requireRead(agencyCode);
        Plan plan = plans.planInCycle(year, agencyCode);
        return rows(plan, year - 1).stream().map(EvidenceView::of).toList();
    }

    /** The same per KPI id, for the pages that show it beside each actual. */
    @Transactional(readOnly = true)
    public Map<Long, List<EvidenceView>> byKpi(int year, String agencyCode) {
        return list(year, agencyCode).stream()
                .collect(Collectors.groupingBy(EvidenceView::kpiId, LinkedHashMap::new, Collectors.toList()));
    }

    /** The limits of a file and of an actual's files, in MiB, as the pages say them. */
    public Limits limits() {
        return new Limits(EvidenceProperties.mib(limits.maxFileSize()), EvidenceProperties.mib(limits.maxPerActual()),
                limits.maxFileSize().toBytes());
    }

    /** The limits of evidence: a file's and an actual's in MiB, a file's in bytes (for the page's check). */
    public record Limits(long fileMib, long actualMib, long fileBytes) {
    }

    /** Whether the signed-in user may add and remove the agency's evidence now. */
    @Transactional(readOnly = true)
    public boolean canChange(int year, String agencyCode) {
        return CurrentUser.get().belongsTo(agencyCode) && OPEN.contains(plans.planInCycle(year, agencyCode).getStage());
    }

    /**
     * Adds a file behind the actual of a KPI, refused whole when anything is wrong (each problem named by its field:
     * {@code kpiId}, {@code file}, {@code source}, {@code asOf}, {@code verifiedBy}).
     */
    @Transactional
    public EvidenceView add(int year, String agencyCode, EvidenceUpload upload) {
        CurrentUser.requireAgency(agencyCode);
        Plan plan = changeable(year, agencyCode);
        int reportYear = year - 1;
        Problems problems = new Problems();
        Optional<Kpi> kpi = kpi(plan, reportYear, upload.kpiId(), problems);
        String fileName = fileName(upload.fileName());
        FileKind kind = checkFile(fileName, upload.bytes(), problems);
        kpi.ifPresent(k -> checkRoom(k, reportYear, upload.bytes(), problems));
        String source = text(upload.source(), "source", Evidence.MAX_SOURCE, problems);
        String verifiedBy = text(upload.verifiedBy(), "verifiedBy", Evidence.MAX_VERIFIED_BY, problems);
        LocalDate asOf = asOf(upload.asOf(), problems);
        problems.throwIfAny();
        Evidence added = evidence.saveAndFlush(new Evidence(kpi.orElseThrow().getId(), reportYear, fileName, kind,
                upload.bytes().length, sha256(upload.bytes()), source, asOf, verifiedBy, CurrentUser.idOrSystem(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        files.save(new EvidenceFile(added.getId(), upload.bytes()));
        // Answered as kept: the time to the millisecond, as the database keeps it and the list reads it back.
        return EvidenceView.of(added);
    }

    /** Removes a file from the agency's evidence, while its actuals are its own to change. */
    @Transactional
    public void remove(int year, String agencyCode, long id) {
        CurrentUser.requireAgency(agencyCode);
        Plan plan = changeable(year, agencyCode);
        Evidence row = find(plan, year - 1, id);
        files.deleteById(row.getId());
        files.flush();
        evidence.delete(row);
    }

    /** The file of one piece of the agency's evidence, as uploaded. */
    @Transactional(readOnly = true)
    public EvidenceDownload open(int year, String agencyCode, long id) {
        CurrentUser.requireRead(agencyCode);
        Plan plan = plans.planInCycle(year, agencyCode);
        Evidence row = find(plan, year - 1, id);
        byte[] bytes = files.findById(row.getId()).map(EvidenceFile::getContent)
                .orElseThrow(() -> notFound(id, plan.getAgencyName()));
        return new EvidenceDownload(row.getFileName(), row.getContentType(), bytes);
    }

    /** The plan, locked against a step completed meanwhile, at a step where its actuals may change. */
    private Plan changeable(int year, String agencyCode) {
        Plan plan = plans.planForStep(year, agencyCode);
        if (!OPEN.contains(plan.getStage())) {
            throw new WrongStageException(plan.getStage().name(), EvidenceCode.EVIDENCE_LOCKED, plan.getAgencyName(),
                    new Term("stage." + plan.getStage().name()));
        }
        return plan;
    }

    private List<Evidence> rows(Plan plan, int reportYear) {
        List<Long> kpiIds = plan.reportedKpis(reportYear).stream().map(Kpi::getId).toList();
        return kpiIds.isEmpty() ? List.of() : evidence.findByKpiIdInAndYearOrderById(kpiIds, reportYear);
    }

    /** One piece of the plan's evidence; another plan's, or none, is not found. */
    private Evidence find(Plan plan, int reportYear, long id) {
        Set<Long> kpiIds = plan.reportedKpis(reportYear).stream().map(Kpi::getId).collect(Collectors.toSet());
        return evidence.findById(id).filter(e -> e.getYear() == reportYear && kpiIds.contains(e.getKpiId()))
                .orElseThrow(() -> notFound(id, plan.getAgencyName()));
    }

    private static NotFoundException notFound(long id, String agency) {
        return new NotFoundException(EvidenceCode.EVIDENCE_NOT_FOUND, id, agency);
    }

    private static Optional<Kpi> kpi(Plan plan, int reportYear, Long kpiId, Problems problems) {
        if (kpiId == null) {
            problems.add("kpiId", MessageCode.FIELD_REQUIRED);
            return Optional.empty();
        }
        Optional<Kpi> kpi = plan.reportedKpis(reportYear).stream().filter(k -> k.getId().equals(kpiId)).findFirst();
        if (kpi.isEmpty()) {
            problems.add("kpiId", EvidenceCode.EVIDENCE_KPI_UNKNOWN, kpiId, plan.getAgencyName(), reportYear);
        }
        return kpi;
    }

    /** The file's kind, told from its content; null (with the problem added) when it cannot be kept. */
    private FileKind checkFile(String fileName, byte[] bytes, Problems problems) {
        if (bytes == null || bytes.length == 0) {
            problems.add("file", EvidenceCode.EVIDENCE_FILE_EMPTY);
            return null;
        }
        if (bytes.length > limits.maxFileSize().toBytes()) {
            problems.add("file", EvidenceCode.EVIDENCE_FILE_TOO_LARGE, EvidenceProperties.mib(limits.maxFileSize()));
            return null;
        }
        Optional<FileKind> kind = FileKinds.of(bytes);
        if (kind.isEmpty()) {
            problems.add("file", EvidenceCode.EVIDENCE_FILE_KIND, FileKind.accepted());
            return null;
        }
        if (fileName == null) {
            problems.add("file", EvidenceCode.EVIDENCE_FILE_NAME_MISSING);
        } else if (fileName.length() > Evidence.MAX_FILE_NAME) {
            problems.add("file", MessageCode.FIELD_TOO_LONG, Evidence.MAX_FILE_NAME);
        } else if (!kind.get().fitsName(fileName)) {
            problems.add("file", EvidenceCode.EVIDENCE_FILE_NAME_MISMATCH, fileName, kind.get().label());
        }
        return kind.get();
    }

    /** All the files of one actual stay within their limit. */
    private void checkRoom(Kpi kpi, int reportYear, byte[] bytes, Problems problems) {
        if (bytes == null) {
            return;
        }
        long kept = evidence.findByKpiIdAndYear(kpi.getId(), reportYear).stream().mapToLong(Evidence::getSizeBytes).sum();
        if (kept + bytes.length > limits.maxPerActual().toBytes() && bytes.length <= limits.maxFileSize().toBytes()) {
            problems.add("file", EvidenceCode.EVIDENCE_ACTUAL_FULL, EvidenceProperties.mib(limits.maxPerActual()),
                    String.format("%.1f", kept / (1024.0 * 1024.0)));
        }
    }

    private static String text(String value, String field, int max, Problems problems) {
        if (value == null || value.isBlank()) {
            problems.add(field, MessageCode.FIELD_REQUIRED);
            return null;
        }
        if (value.strip().length() > max) {
            problems.add(field, MessageCode.FIELD_TOO_LONG, max);
        }
        return value.strip();
    }

    private static LocalDate asOf(String value, Problems problems) {
        if (value == null || value.isBlank()) {
            problems.add("asOf", MessageCode.FIELD_REQUIRED);
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isAfter(LocalDate.now(TAIPEI))) {
                problems.add("asOf", EvidenceCode.EVIDENCE_AS_OF_FUTURE);
            }
            return date;
        } catch (DateTimeParseException notADate) {
            problems.add("asOf", MessageCode.FIELD_DATE);
            return null;
        }
    }

    /** The name without any folder a browser may send with it, nor control characters; null when nothing is left. */
    private static String fileName(String sent) {
        if (sent == null) {
            return null;
        }
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        return name.isEmpty() ? null : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
