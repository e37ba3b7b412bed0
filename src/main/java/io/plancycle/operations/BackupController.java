package io.plancycle.operations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/** Online backups of the database, for the planning office (administrators) only. */
@Tag(name = "Backups", description = "Online backups of the whole database, taken while PlanCycle runs")
@RestController
class BackupController {

    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final Backups backups;

    BackupController(Backups backups) {
        this.backups = backups;
    }

    /** Takes a backup now: 201 with {@code {file, size, createdAt}} and its download address in Location. */
    @Operation(operationId = "createBackup", summary = "Take a backup of the whole database now")
    @PostMapping("/api/backups")
    ResponseEntity<BackupView> create() {
        BackupView backup = backups.create();
        return ResponseEntity.created(URI.create("/api/backups/" + backup.file())).body(backup);
    }

    /** The backups kept, newest first. */
    @Operation(operationId = "listBackups", summary = "List the backups kept, newest first")
    @GetMapping("/api/backups")
    List<BackupView> list() {
        return backups.list();
    }

    /** Downloads one backup by its name as listed. */
    @Operation(operationId = "downloadBackup", summary = "Download a backup by its name")
    @GetMapping("/api/backups/{name}")
    ResponseEntity<Resource> download(@PathVariable String name) {
        Path file = backups.file(name);
        return ResponseEntity.ok()
                .contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(new FileSystemResource(file));
    }
}
