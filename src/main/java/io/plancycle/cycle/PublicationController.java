package io.plancycle.cycle;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/** The planning office publishes an approved year on the public page, or withdraws it. */
@Tag(name = "Cycles")
@RestController
class PublicationController {

    private final Publications publications;

    PublicationController(Publications publications) {
        this.publications = publications;
    }

    @Operation(operationId = "publishCycle", summary = "Publish an approved year's plans and report on the public page")
    @PutMapping("/api/cycles/{year}/publication")
    CycleView publish(@PathVariable int year) {
        return publications.publish(year);
    }

    @Operation(operationId = "withdrawCycle", summary = "Take a year off the public page")
    @DeleteMapping("/api/cycles/{year}/publication")
    CycleView withdraw(@PathVariable int year) {
        return publications.withdraw(year);
    }
}
