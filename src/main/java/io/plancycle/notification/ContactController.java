package io.plancycle.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@Tag(name = "Contacts", description = "An agency's contacts (機關聯絡人): who receives its reminders and notices")
@RestController
class ContactController {

    private final ContactBook contactBook;

    ContactController(ContactBook contactBook) {
        this.contactBook = contactBook;
    }

    @Operation(operationId = "getAgencyContacts", summary = "Read an agency's contacts")
    @GetMapping("/api/agencies/{code}/contacts")
    List<ContactView> read(@PathVariable String code) {
        return contactBook.read(code);
    }

    @Operation(operationId = "replaceAgencyContacts", summary = "Replace an agency's contacts")
    @PutMapping("/api/agencies/{code}/contacts")
    List<ContactView> replace(@PathVariable String code, @RequestBody List<ContactView> contacts) {
        return contactBook.replace(code, contacts);
    }
}
