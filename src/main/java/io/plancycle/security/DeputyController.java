package io.plancycle.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@Tag(name = "Deputies", description = "Deputies (職務代理人): who acts for whom during their leave")
@RestController
class DeputyController {

    private final Deputies deputies;

    DeputyController(Deputies deputies) {
        this.deputies = deputies;
    }

    @Operation(operationId = "listDeputies", summary = "List the deputies the signed-in user named or acts as (the planning office: all)")
    @GetMapping("/api/deputies")
    List<DeputyView> list() {
        return deputies.visible();
    }

    @Operation(operationId = "nameDeputy", summary = "Name a deputy for a range of days, for oneself or (the planning office) for a user")
    @PostMapping("/api/deputies")
    @ResponseStatus(HttpStatus.CREATED)
    DeputyView name(@RequestBody @Valid DeputyRequest request) {
        long id = deputies.name(request).getId();
        return deputies.visible().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    @Operation(operationId = "cancelDeputy", summary = "Take a deputy back")
    @DeleteMapping("/api/deputies/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(@PathVariable long id) {
        deputies.cancel(id);
    }
}
