package io.plancycle.people;

import io.swagger.v3.oas.annotations.media.Schema;

/** A new password the planning office sets for a user. */
@Schema(description = "The user's new password")
public record PasswordRequest(@Schema(example = "Chiayi-2026-spring") String password) {
}
