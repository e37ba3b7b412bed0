package io.plancycle.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;

/**
 * The evidence behind the actuals of an agency's performance report: listed, added (multipart: the file as
 * {@code file} beside {@code kpiId}, {@code source}, {@code asOf} and {@code verifiedBy}), opened and removed.
 */
@Tag(name = "Evidence", description = "Files behind the actuals of the performance report (佐證資料)")
@RestController
class EvidenceController {

    private static final String EVIDENCE = "/api/cycles/{year}/agencies/{code}/evidence";

    private final Evidences evidences;

    EvidenceController(Evidences evidences) {
        this.evidences = evidences;
    }

    @Operation(operationId = "listEvidence", summary = "List the evidence behind the actuals of the agency's "
            + "performance report (the year before the cycle's)")
    @GetMapping(EVIDENCE)
    List<EvidenceView> list(@PathVariable int year, @PathVariable String code) {
        return evidences.list(year, code);
    }

    @Operation(operationId = "addEvidence", summary = "Attach a file (PDF, PNG, JPEG, ODT, ODS, ODP, DOCX, XLSX, PPTX, "
            + "told by its content) to the actual of a KPI, with its source, as-of date and who verified it",
            responses = @ApiResponse(responseCode = "413", description = "The request body is larger than the largest "
                    + "evidence file (plancycle.evidence.max-file-size) and 1 MiB; a file over that size but within "
                    + "the body's limit is refused with 400 at file", content = @Content(
                    mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem"))))
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = EVIDENCE, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    EvidenceView add(@PathVariable int year, @PathVariable String code,
                     @RequestPart(required = false) MultipartFile file,
                     @Parameter(description = "the KPI whose actual the file proves", schema = @Schema(type = "integer",
                             format = "int64")) @RequestPart(required = false) String kpiId,
                     @Parameter(description = "where the figure comes from (資料來源)")
                     @RequestPart(required = false) String source,
                     @Parameter(description = "the date the figure stands at (資料基準日), e.g. 2026-01-31",
                             schema = @Schema(type = "string", format = "date")) @RequestPart(required = false) String asOf,
                     @Parameter(description = "who verified the figure (查核人)")
                     @RequestPart(required = false) String verifiedBy) throws IOException {
        return evidences.add(year, code, new EvidenceUpload(EvidenceForm.id(kpiId),
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes(),
                source, asOf, verifiedBy));
    }

    @Operation(operationId = "getEvidenceFile", summary = "Download an evidence file as uploaded, with its content's "
            + "media type and its name", responses = @ApiResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))))
    @GetMapping(EVIDENCE + "/{id}")
    ResponseEntity<byte[]> file(@PathVariable int year, @PathVariable String code, @PathVariable long id) {
        return EvidenceFiles.response(evidences.open(year, code, id));
    }

    @Operation(operationId = "removeEvidence", summary = "Remove an evidence file from the agency's actual",
            responses = @ApiResponse(responseCode = "409", description = "Not while drafting or reporting (see "
                    + "currentStage): the evidence no longer changes", content = @Content(
                    mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem"))))
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping(EVIDENCE + "/{id}")
    void remove(@PathVariable int year, @PathVariable String code, @PathVariable long id) {
        evidences.remove(year, code, id);
    }
}
