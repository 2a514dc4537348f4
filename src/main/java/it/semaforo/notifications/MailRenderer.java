package it.semaforo.notifications;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Renders a mail's Thymeleaf template and subject in the recipient's language. */
@Component
class MailRenderer {

    record Rendered(String subject, String html) {
    }

    private final ITemplateEngine templates;
    private final MessageSource messages;

    MailRenderer(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    Rendered render(Mail mail) {
        Locale locale = Locale.forLanguageTag(mail.language());
        String subject = messages.getMessage("mail." + mail.template() + ".subject", mail.subjectArguments(), locale);
        Context context = new Context(locale, mail.model());
        context.setVariable("subject", subject);
        return new Rendered(subject, templates.process("mail/" + mail.template(), context));
    }
}
