package org.parley.dataset;

import static org.parley.dataset.RecordCheck.enumValue;
import static org.parley.dataset.RecordCheck.required;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.core.PartialDate;
import org.parley.dataset.DatasetDocument.AddresseeRecord;
import org.parley.dataset.DatasetDocument.ArticleRecord;
import org.parley.dataset.DatasetDocument.DateRecord;
import org.parley.dataset.DatasetDocument.EvidenceRecord;
import org.parley.dataset.DatasetDocument.MeetingRecord;
import org.parley.dataset.DatasetDocument.OfficeRecord;
import org.parley.dataset.DatasetDocument.OrganizationRecord;
import org.parley.dataset.DatasetDocument.ParticipantRecord;
import org.parley.dataset.DatasetDocument.PersonRecord;
import org.parley.dataset.DatasetDocument.PositionRecord;
import org.parley.dataset.DatasetDocument.TopicRecord;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.ParticipantRole;
import org.parley.dataset.DatasetDocument.IdentifierRecord;
import org.parley.person.BareGivenNames;
import org.parley.person.ExternalIdentifier;
import org.parley.person.OrganizationKind;
import org.parley.position.Attribution;
import org.parley.position.CommitmentStatus;
import org.parley.position.PositionKind;
import org.parley.source.ArticleText;

/**
 * Every rule of the dataset that needs more than one file to check — keys unique across files,
 * references that resolve, quotes found verbatim in their article, dates that exist and agree
 * with their precision, a fact kept in the file of an article it cites — with no database.
 * Collects every problem with its file and JSON path instead of stopping at the first, so the
 * loader (before it writes anything) and the validator command report the same errors.
 */
public final class DatasetCheck {

    private final DatasetDocument d;
    private final DatasetSource source;
    private final List<String> errors = new ArrayList<>();
    private final Map<String, ArticleText> texts = new HashMap<>();
    private final Set<String> organizations = new HashSet<>();
    private final Set<String> people = new HashSet<>();
    private final Set<String> topics = new HashSet<>();
    private final Set<String> meetings = new HashSet<>();

    private DatasetCheck(DatasetDocument document, DatasetSource source) {
        this.d = document;
        this.source = source;
    }

    /** Every problem of the document, each as {@code file $.path "key": message}; empty when it is sound. */
    public static List<String> of(DatasetDocument document, DatasetSource source) {
        DatasetCheck check = new DatasetCheck(document, source);
        check.run();
        return check.errors;
    }

    private void run() {
        articles();
        keys("organizations", d.organizations().stream().map(r -> r == null ? null : r.key()).toList(), organizations);
        keys("people", d.people().stream().map(r -> r == null ? null : r.key()).toList(), people);
        keys("topics", d.topics().stream().map(r -> r == null ? null : r.key()).toList(), topics);
        keys("offices", d.offices().stream().map(r -> r == null ? null : r.key()).toList(), new HashSet<>());
        keys("meetings", d.meetings().stream().map(r -> r == null ? null : r.key()).toList(), meetings);
        keys("positions", d.positions().stream().map(r -> r == null ? null : r.key()).toList(), new HashSet<>());
        for (int i = 0; i < d.organizations().size(); i++) {
            organization(d.organizations().get(i), d.where("organizations", i, key(d.organizations().get(i))));
        }
        for (int i = 0; i < d.people().size(); i++) {
            PersonRecord r = d.people().get(i);
            Where where = d.where("people", i, r == null ? null : r.key());
            if (present(r, where) != null) {
                check(() -> required(r.name(), where, "name"));
                for (String alias : r.aliases() == null ? List.<String>of() : r.aliases()) {
                    String problem = BareGivenNames.problem(r.name(), r.familyName(), alias);
                    if (problem != null) {
                        errors.add(where + ": " + problem);
                    }
                }
                identifiers(r.identifiers(), r.wikidataNote(), where);
            }
        }
        for (int i = 0; i < d.topics().size(); i++) {
            TopicRecord r = d.topics().get(i);
            Where where = d.where("topics", i, r == null ? null : r.key());
            if (present(r, where) != null) {
                check(() -> required(r.name(), where, "name"));
            }
        }
        for (int i = 0; i < d.offices().size(); i++) {
            office(d.offices().get(i), i);
        }
        for (int i = 0; i < d.meetings().size(); i++) {
            meeting(d.meetings().get(i), i);
        }
        for (int i = 0; i < d.positions().size(); i++) {
            position(d.positions().get(i), i);
        }
    }

    private void articles() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < d.articles().size(); i++) {
            ArticleRecord r = d.articles().get(i);
            Where where = d.where("articles", i, r.key());
            if (!check(() -> RecordCheck.key(r.key(), where))) {
                continue;
            }
            if (!keys.add(r.key())) {
                errors.add(where + ": key '" + r.key() + "' is used twice");
                continue;
            }
            check(() -> required(r.title(), where, "title"));
            check(() -> required(r.language(), where, "language"));
            check(() -> {
                try {
                    texts.put(r.key(), ArticleText.parse(source.readArticle(required(r.file(), where, "file"))));
                } catch (IllegalArgumentException e) {
                    throw new DatasetException(where + ": file '" + r.file() + "': " + e.getMessage());
                } catch (DatasetException e) {
                    throw new DatasetException(where + ": " + e.getMessage());
                }
            });
        }
    }

    private void keys(String section, List<String> keys, Set<String> known) {
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            Where where = d.where(section, i, key);
            if (check(() -> RecordCheck.key(key, where)) && !known.add(key)) {
                errors.add(where + ": key '" + key + "' is used twice (keys are unique across all files)");
            }
        }
    }

    private void organization(OrganizationRecord r, Where where) {
        if (present(r, where) == null) {
            return;
        }
        check(() -> required(r.name(), where, "name"));
        check(() -> enumValue(OrganizationKind.class, r.kind(), where, "kind"));
        if (r.memberOf() != null) {
            ref(organizations, r.memberOf(), where, "memberOf");
        }
        identifiers(r.identifiers(), r.wikidataNote(), where);
    }

    /**
     * Identifiers well-formed, one per scheme, each saying whether it is inferred; and a Wikidata
     * identifier, or a {@code wikidataNote} saying why there is none — so a missing one is a decision.
     */
    private void identifiers(List<IdentifierRecord> identifiers, String wikidataNote, Where where) {
        List<IdentifierRecord> list = identifiers == null ? List.of() : identifiers;
        Set<String> schemes = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            IdentifierRecord id = list.get(i);
            Where at = where.at(".identifiers[" + i + "]");
            if (present(id, at) == null) {
                continue;
            }
            String problem = ExternalIdentifier.problem(id.scheme(), id.identifier());
            if (problem != null) {
                errors.add(at + ": " + problem);
            } else if (!schemes.add(id.scheme())) {
                errors.add(at + ": scheme '" + id.scheme() + "' is given more than once");
            }
            if (id.inferred() == null) {
                errors.add(at + ": inferred is required (true when the identifier is not from an article)");
            }
        }
        boolean wikidata = schemes.contains(ExternalIdentifier.WIKIDATA);
        if (!wikidata && (wikidataNote == null || wikidataNote.isBlank())) {
            errors.add(where + ": has no 'wikidata' identifier; add one, or a wikidataNote saying why there is none");
        } else if (wikidata && wikidataNote != null) {
            errors.add(where + ": has a 'wikidata' identifier and a wikidataNote saying why it has none; keep one");
        }
    }

    private void office(OfficeRecord r, int i) {
        Where where = d.where("offices", i, r == null ? null : r.key());
        if (present(r, where) == null) {
            return;
        }
        ref(people, r.person(), where, "person");
        ref(organizations, r.organization(), where, "organization");
        check(() -> required(r.role(), where, "role"));
        PartialDate from = r.from() == null ? null : date(r.from(), where.at(".from"));
        PartialDate to = r.to() == null ? null : date(r.to(), where.at(".to"));
        if (from != null && to != null && to.end.isBefore(from.date)) {
            errors.add(where + ": office ends before it starts");
        }
        evidence(r.evidence(), where, "offices", i);
    }

    private void meeting(MeetingRecord r, int i) {
        Where where = d.where("meetings", i, r == null ? null : r.key());
        if (present(r, where) == null) {
            return;
        }
        check(() -> required(r.title(), where, "title"));
        check(() -> enumValue(MeetingKind.class, r.kind(), where, "kind"));
        check(() -> enumValue(MeetingStatus.class, r.status(), where, "status"));
        if (r.date() != null) {
            date(r.date(), where.at(".date"));
        }
        boolean cites = cites(r.evidence(), d.articleOf("meetings", i));
        List<ParticipantRecord> participants = r.participants() == null ? List.of() : r.participants();
        for (int p = 0; p < participants.size(); p++) {
            ParticipantRecord part = participants.get(p);
            Where at = where.at(".participants[" + p + "]");
            if (present(part, at) == null) {
                continue;
            }
            if (part.person() == null && part.organization() == null) {
                errors.add(at + ": a participant needs a person or an organization");
            }
            if (part.person() != null) {
                ref(people, part.person(), at, "person");
            }
            if (part.organization() != null) {
                ref(organizations, part.organization(), at, "organization");
            }
            check(() -> enumValue(ParticipantRole.class, part.role(), at, "role"));
            quotes(part.evidence(), at);
            cites |= cites(part.evidence(), d.articleOf("meetings", i));
        }
        quotes(r.evidence(), where);
        inItsArticle(cites, where, "meetings", i);
    }

    private void position(PositionRecord r, int i) {
        Where where = d.where("positions", i, r == null ? null : r.key());
        if (present(r, where) == null) {
            return;
        }
        if (r.holder() == null && r.onBehalfOf() == null) {
            errors.add(where + ": a position needs a holder or onBehalfOf");
        }
        if (r.holder() != null) {
            ref(people, r.holder(), where, "holder");
        }
        if (r.onBehalfOf() != null) {
            ref(organizations, r.onBehalfOf(), where, "onBehalfOf");
        }
        check(() -> enumValue(Attribution.class, r.attribution(), where, "attribution"));
        boolean kindOk = check(() -> enumValue(PositionKind.class, r.kind(), where, "kind"));
        if (r.topic() != null) {
            ref(topics, r.topic(), where, "topic");
        }
        addressee(r.addressee(), where);
        check(() -> required(r.summary(), where, "summary"));
        if (r.date() == null) {
            errors.add(where + ": date is required");
        } else {
            date(r.date(), where.at(".date"));
        }
        if (r.meeting() != null) {
            ref(meetings, r.meeting(), where, "meeting");
        }
        if (r.reactsTo() != null) {
            ref(meetings, r.reactsTo(), where, "reactsTo");
            if (r.reactsTo().equals(r.meeting())) {
                errors.add(where + ": a position reacts to a meeting it was not taken at (meeting and reactsTo are both '"
                        + r.meeting() + "')");
            }
        }
        if (kindOk && PositionKind.valueOf(r.kind()) == PositionKind.COMMITMENT) {
            check(() -> enumValue(CommitmentStatus.class, r.status(), where, "status"));
        } else if (kindOk && r.status() != null) {
            errors.add(where + ": only a COMMITMENT has a status");
        }
        evidence(r.evidence(), where, "positions", i);
    }

    private void addressee(AddresseeRecord r, Where where) {
        if (r == null) {
            return;
        }
        if ((r.person() == null) == (r.organization() == null)) {
            errors.add(where + ": addressee names exactly one of person or organization");
        } else if (r.person() != null) {
            ref(people, r.person(), where, "addressee person");
        } else {
            ref(organizations, r.organization(), where, "addressee organization");
        }
    }

    private void evidence(List<EvidenceRecord> evidence, Where where, String section, int i) {
        quotes(evidence, where);
        inItsArticle(cites(evidence, d.articleOf(section, i)), where, section, i);
    }

    /** A fact lives in the file of an article it cites, so a curator finds it beside its source. */
    private void inItsArticle(boolean cites, Where where, String section, int i) {
        String article = d.articleOf(section, i);
        if (article != null && !cites) {
            errors.add(where + ": cites no quote of '" + article + "', the article of the file it is in;"
                    + " move it to the file of an article it cites");
        }
    }

    private static boolean cites(List<EvidenceRecord> evidence, String article) {
        return evidence != null && evidence.stream().anyMatch(e -> e != null && article != null && article.equals(e.article()));
    }

    private void quotes(List<EvidenceRecord> evidence, Where where) {
        if (evidence == null || evidence.isEmpty()) {
            errors.add(where + ": at least one evidence quote is required");
            return;
        }
        for (int i = 0; i < evidence.size(); i++) {
            EvidenceRecord e = evidence.get(i);
            Where at = where.at(".evidence[" + i + "]");
            if (present(e, at) == null || !check(() -> required(e.quote(), at, "quote"))) {
                continue;
            }
            int occurrence = e.occurrence() == null ? 1 : e.occurrence();
            if (occurrence < 1) {
                errors.add(at + ": occurrence must be 1 or more");
                continue;
            }
            ArticleText text = texts.get(e.article());
            if (text == null) {
                if (d.articles().stream().noneMatch(a -> a.key() != null && a.key().equals(e.article()))) {
                    errors.add(at + ": article refers to unknown key '" + e.article() + "'");
                }
                continue; // an article whose text could not be read is reported once, above
            }
            if (text.offsetOf(e.quote(), occurrence) < 0) {
                errors.add(at + ": quote not found in article '" + e.article() + "'"
                        + (occurrence > 1 ? " (occurrence " + occurrence + ")" : "") + ": \"" + e.quote() + "\"");
            }
        }
    }

    private PartialDate date(DateRecord date, Where where) {
        PartialDate[] parsed = new PartialDate[1];
        check(() -> parsed[0] = RecordCheck.partialDate(date, where));
        return parsed[0];
    }

    private void ref(Set<String> known, String key, Where where, String field) {
        if (key == null || key.isBlank()) {
            errors.add(where + ": " + field + " is required");
        } else if (!known.contains(key)) {
            errors.add(where + ": " + field + " refers to unknown key '" + key + "'");
        }
    }

    private <T> T present(T record, Where where) {
        if (record == null) {
            errors.add(where + ": is null");
        }
        return record;
    }

    private static String key(OrganizationRecord r) {
        return r == null ? null : r.key();
    }

    /** Runs one check; a failure is recorded and the rest go on. True when it passed. */
    private boolean check(Runnable check) {
        try {
            check.run();
            return true;
        } catch (DatasetException e) {
            errors.add(e.getMessage());
            return false;
        }
    }
}
