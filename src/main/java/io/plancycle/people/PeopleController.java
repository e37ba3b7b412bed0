package io.plancycle.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@Tag(name = "Users", description = "PlanCycle's users (使用者管理), managed by the planning office")
@RestController
class PeopleController {

    private final People people;

    PeopleController(People people) {
        this.people = people;
    }

    @Operation(operationId = "listUsers", summary = "List every user with their agency, roles and whether they may sign in")
    @GetMapping("/api/users")
    List<UserView> list() {
        return people.list();
    }

    @Operation(operationId = "createUser", summary = "Create a user with their first password, agency and roles")
    @PostMapping("/api/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@RequestBody UserRequest request) {
        return people.create(request);
    }

    @Operation(operationId = "getUser", summary = "Read a user")
    @GetMapping("/api/users/{id}")
    UserView get(@PathVariable String id) {
        return people.get(id);
    }

    @Operation(operationId = "updateUser", summary = "Change a user's name, e-mail, agency and roles (the id and password stay)")
    @PutMapping("/api/users/{id}")
    UserView update(@PathVariable String id, @RequestBody UserRequest request) {
        return people.update(id, request);
    }

    @Operation(operationId = "disableUser", summary = "Disable a user: they can no longer sign in anywhere")
    @PostMapping("/api/users/{id}/disable")
    UserView disable(@PathVariable String id) {
        return people.setDisabled(id, true);
    }

    @Operation(operationId = "enableUser", summary = "Enable a disabled user again")
    @PostMapping("/api/users/{id}/enable")
    UserView enable(@PathVariable String id) {
        return people.setDisabled(id, false);
    }

    @Operation(operationId = "resetUserPassword", summary = "Set a new password for a user (as the password policy asks)")
    @PutMapping("/api/users/{id}/password")
    UserView resetPassword(@PathVariable String id, @RequestBody PasswordRequest request) {
        return people.resetPassword(id, request == null ? null : request.password());
    }

    @Operation(operationId = "unlockUser", summary = "Unlock a user locked after too many wrong passwords")
    @PostMapping("/api/users/{id}/unlock")
    UserView unlock(@PathVariable String id) {
        return people.unlock(id);
    }
}
