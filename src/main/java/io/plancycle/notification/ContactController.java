package io.plancycle.notification;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class ContactController {

    private final ContactBook contactBook;

    ContactController(ContactBook contactBook) {
        this.contactBook = contactBook;
    }

    @GetMapping("/api/agencies/{code}/contacts")
    List<ContactView> read(@PathVariable String code) {
        return contactBook.read(code);
    }

    @PutMapping("/api/agencies/{code}/contacts")
    List<ContactView> replace(@PathVariable String code, @RequestBody List<ContactView> contacts) {
        return contactBook.replace(code, contacts);
    }
}
