package io.plancycle.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;

/**
 * The city's medium-term plans: the planning office previews and starts a new one from the current plans, or from an
 * edited whole-city plan book (XLSX or ODS, the multipart field {@code file}, beside the request as the JSON part
 * {@code plan}), reorganising the agencies with it.
 */
@Tag(name = "Medium-term plans", description = "The city's medium-term plans (中程施政計畫) and the agencies' reorganisation with a new one")
@RestController
class MediumTermPlanController {

    private static final String PLANS = "/api/medium-term-plans";

    private final MediumTermPlans mediumTermPlans;

    MediumTermPlanController(MediumTermPlans mediumTermPlans) {
        this.mediumTermPlans = mediumTermPlans;
    }

    @Operation(operationId = "listMediumTermPlans", summary = "List the medium-term plans, the latest first")
    @GetMapping(PLANS)
    List<MediumTermPlanView> list() {
        return mediumTermPlans.list();
    }

    @Operation(operationId = "getMediumTermPlan", summary = "Read a medium-term plan with the reorganisation it made")
    @GetMapping(PLANS + "/{id}")
    MediumTermPlanView read(@PathVariable long id) {
        return mediumTermPlans.read(id);
    }

    @Operation(operationId = "previewMediumTermPlan", summary = "Preview a new medium-term plan from the current plans: "
            + "each agency as reorganised with its goals, KPIs and the targets carried; nothing is saved")
    @PostMapping(PLANS + "/preview")
    MediumTermPreview preview(@RequestBody MediumTermPlanRequest request) {
        return mediumTermPlans.preview(request);
    }

    @Operation(operationId = "startMediumTermPlan", summary = "Start a new medium-term plan from the current plans, "
            + "reorganising the agencies as asked; cycles of its years start from it")
    @PostMapping(PLANS)
    @ResponseStatus(HttpStatus.CREATED)
    MediumTermPreview start(@RequestBody MediumTermPlanRequest request) {
        return mediumTermPlans.start(request);
    }

    @Operation(operationId = "previewMediumTermPlanImport", summary = "Preview a new medium-term plan from an edited "
            + "whole-city plan book (XLSX or ODS); problems are named by sheet and cell; nothing is saved")
    @PostMapping(path = PLANS + "/import/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    MediumTermPreview previewImport(@Parameter(description = "the plan as for startMediumTermPlan, as JSON")
                                    @RequestPart("plan") MediumTermPlanRequest request,
                                    @RequestPart(required = false) MultipartFile file) throws IOException {
        return mediumTermPlans.preview(request, bytes(file));
    }

    @Operation(operationId = "importMediumTermPlan", summary = "Start a new medium-term plan from an edited whole-city "
            + "plan book (XLSX or ODS): each sheet the goals, KPIs and targets of the agency it is named after")
    @PostMapping(path = PLANS + "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    MediumTermPreview importPlan(@Parameter(description = "the plan as for startMediumTermPlan, as JSON")
                                 @RequestPart("plan") MediumTermPlanRequest request,
                                 @RequestPart(required = false) MultipartFile file) throws IOException {
        return mediumTermPlans.start(request, bytes(file));
    }

    private static byte[] bytes(MultipartFile file) throws IOException {
        return file == null ? null : file.getBytes();
    }
}
