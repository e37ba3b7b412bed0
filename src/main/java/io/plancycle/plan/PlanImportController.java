package io.plancycle.plan;

import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.MessageCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/**
 * The plan imported from a spreadsheet through the API: the agency's edited plan book or performance report (XLSX or
 * ODS, sent as the multipart field {@code file}) previewed, then imported with the version of the preview (the field
 * {@code version}).
 */
@Tag(name = "Plans")
@RestController
class PlanImportController {

    private static final String AGENCY_PLAN = "/api/cycles/{year}/agencies/{code}/plan";

    private final SpreadsheetImport imports;

    PlanImportController(SpreadsheetImport imports) {
        this.imports = imports;
    }

    @Operation(operationId = "previewPlanImport", summary = "Preview what an edited plan book or performance report "
            + "(XLSX or ODS) would change in the agency's draft: every changed cell, before and after")
    @PostMapping(path = AGENCY_PLAN + "/import/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportPreview preview(@PathVariable int year, @PathVariable String code,
                          @RequestPart(required = false) MultipartFile file) throws IOException {
        return imports.preview(year, code, bytes(file));
    }

    @Operation(operationId = "importPlan", summary = "Import an edited plan book or performance report (XLSX or ODS) "
            + "into the agency's draft, as previewed against the plan's version; answers what was imported")
    @PostMapping(path = AGENCY_PLAN + "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportPreview importPlan(@PathVariable int year, @PathVariable String code,
                             @RequestPart(required = false) MultipartFile file,
                             @Parameter(description = "the plan's version the preview answered", schema = @Schema(
                                     type = "integer", format = "int64")) @RequestPart(required = false) String version)
            throws IOException {
        return imports.apply(year, code, bytes(file), version(version));
    }

    /** The version, a part of the form like the file: required, a whole number. */
    private static long version(String version) {
        if (version == null || version.isBlank()) {
            throw new InvalidInputException("version", MessageCode.FIELD_REQUIRED);
        }
        try {
            return Long.parseLong(version.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInputException("version", MessageCode.FIELD_WRONG_TYPE);
        }
    }

    private static byte[] bytes(MultipartFile file) throws IOException {
        return file == null ? null : file.getBytes();
    }
}
