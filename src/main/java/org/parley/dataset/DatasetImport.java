package org.parley.dataset;

import org.parley.core.DatasetRecord;
import org.parley.source.ArticleText;

import static org.parley.dataset.RecordCheck.enumValue;
import static org.parley.dataset.RecordCheck.partialDate;
import static org.parley.dataset.RecordCheck.required;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.parley.dataset.DatasetDocument.ArticleRecord;
import org.parley.dataset.DatasetDocument.OfficeRecord;
import org.parley.dataset.DatasetDocument.OrganizationRecord;
import org.parley.dataset.DatasetDocument.PersonRecord;
import org.parley.dataset.DatasetDocument.TopicRecord;
import org.parley.dataset.DatasetDocument.IdentifierRecord;
import org.parley.person.ExternalIdentifier;
import org.parley.person.NameAlias;
import org.parley.person.NamedRecord;
import org.parley.person.Office;
import org.parley.person.Organization;
import org.parley.person.OrganizationKind;
import org.parley.person.Person;
import org.parley.position.Topic;
import org.parley.source.Article;
import org.parley.source.Evidence;

/**
 * One application of the dataset file to the database, run inside the caller's transaction.
 * Records are matched by key: new keys are created, known keys updated, vanished keys removed.
 * Any {@link DatasetException} aborts the transaction, so nothing is half-loaded.
 */
class DatasetImport {

    final DatasetDocument document;
    final DatasetSource source;
    final EvidenceWriter evidence;
    final Map<String, Organization> organizations = new HashMap<>();
    final Map<String, Person> people = new HashMap<>();
    final Map<String, Topic> topics = new HashMap<>();

    DatasetImport(DatasetDocument document, DatasetSource source) {
        this.document = document;
        this.source = source;
        this.evidence = new EvidenceWriter();
    }

    /** Records whose keys left the file; removed last, dependants first. */
    private final Deque<DatasetRecord> vanished = new ArrayDeque<>();

    void run() {
        importArticles();
        importOrganizations();
        importPeople();
        importTopics();
        importOffices();
        new FactImport(this).run();
        vanished.forEach(PanacheEntityBase::delete);
    }

    private void importArticles() {
        List<ArticleRecord> records = document.articles();
        Map<String, Article> existing = byKey(() -> Article.listAll(), records.size());
        for (int i = 0; i < records.size(); i++) {
            ArticleRecord r = records.get(i);
            Where where = document.where("articles", i, r.key());
            Article a = upsert(existing, r.key(), where, Article::new);
            ArticleText text;
            try {
                text = ArticleText.parse(source.readArticle(required(r.file(), where, "file")));
            } catch (IllegalArgumentException e) {
                throw new DatasetException(where + ": " + e.getMessage());
            }
            a.title = required(r.title(), where, "title");
            a.language = required(r.language(), where, "language");
            a.outlet = r.outlet();
            a.publishedMonth = text.publishedMonth();
            a.body = text.body();
            a.contentHash = text.contentHash();
            a.persist();
            evidence.addArticle(r.key(), a, text);
        }
        removeVanished(existing);
    }

    private void importOrganizations() {
        List<OrganizationRecord> records = document.organizations();
        Map<String, Organization> existing = byKey(() -> Organization.listAll(), records.size());
        for (int i = 0; i < records.size(); i++) {
            OrganizationRecord r = records.get(i);
            Where where = document.where("organizations", i, r.key());
            Organization o = upsert(existing, r.key(), where, Organization::new);
            o.rename(required(r.name(), where, "name"));
            o.kind = enumValue(OrganizationKind.class, r.kind(), where, "kind");
            o.persist();
            organizations.put(r.key(), o);
            NameAlias.delete("organizationId", o.id);
            aliases(r.aliases()).forEach(alias -> NameAlias.ofOrganization(o.id, alias).persist());
            identifiers(o, r.identifiers());
        }
        for (int i = 0; i < records.size(); i++) {
            OrganizationRecord r = records.get(i);
            Where where = document.where("organizations", i, r.key());
            organizations.get(r.key()).memberOfId = r.memberOf() == null ? null
                    : RecordCheck.ref(organizations, r.memberOf(), where, "memberOf").id;
        }
        removeVanished(existing);
    }

    private void importPeople() {
        List<PersonRecord> records = document.people();
        Map<String, Person> existing = byKey(() -> Person.listAll(), records.size());
        for (int i = 0; i < records.size(); i++) {
            PersonRecord r = records.get(i);
            Where where = document.where("people", i, r.key());
            Person p = upsert(existing, r.key(), where, Person::new);
            p.rename(required(r.name(), where, "name"));
            p.changeFamilyName(r.familyName());
            p.persist();
            people.put(r.key(), p);
            NameAlias.delete("personId", p.id);
            aliases(r.aliases()).forEach(alias -> NameAlias.ofPerson(p.id, alias).persist());
            identifiers(p, r.identifiers());
        }
        removeVanished(existing);
    }

    private void importTopics() {
        List<TopicRecord> records = document.topics();
        Map<String, Topic> existing = byKey(() -> Topic.listAll(), records.size());
        for (int i = 0; i < records.size(); i++) {
            TopicRecord r = records.get(i);
            Where where = document.where("topics", i, r.key());
            Topic t = upsert(existing, r.key(), where, Topic::new);
            t.name = required(r.name(), where, "name");
            t.description = r.description();
            t.persist();
            topics.put(r.key(), t);
        }
        removeVanished(existing);
    }

    private void importOffices() {
        List<OfficeRecord> records = document.offices();
        Map<String, Office> existing = byKey(() -> Office.listAll(), records.size());
        for (int i = 0; i < records.size(); i++) {
            OfficeRecord r = records.get(i);
            Where where = document.where("offices", i, r.key());
            Office o = upsert(existing, r.key(), where, Office::new);
            o.personId = RecordCheck.ref(people, r.person(), where, "person").id;
            o.organizationId = RecordCheck.ref(organizations, r.organization(), where, "organization").id;
            o.role = required(r.role(), where, "role");
            o.from = r.from() == null ? null : partialDate(r.from(), where.at(".from"));
            o.to = r.to() == null ? null : partialDate(r.to(), where.at(".to"));
            if (o.from != null && o.to != null && o.to.end.isBefore(o.from.date)) {
                throw new DatasetException(where + ": office ends before it starts");
            }
            o.persist();
            evidence.replace(Evidence.Subject.OFFICE, o.id, r.evidence(), where);
        }
        removeVanished(existing);
    }

    /** Replaces the record's identifiers with the file's (checked by DatasetCheck before anything is written). */
    private static void identifiers(NamedRecord owner, List<IdentifierRecord> identifiers) {
        ExternalIdentifier.delete(owner instanceof Person ? "personId" : "organizationId", owner.id);
        if (identifiers != null) {
            identifiers.forEach(i -> ExternalIdentifier.of(owner, i.scheme(), i.identifier(), Boolean.TRUE.equals(i.inferred()))
                    .persist());
        }
    }

    private static List<String> aliases(List<String> aliases) {
        return aliases == null ? List.of() : aliases.stream().distinct().toList();
    }

    /** Dataset records of one entity by key; records added through the API (no key) are left alone. */
    static <E extends DatasetRecord> Map<String, E> byKey(Supplier<List<E>> all, int expected) {
        Map<String, E> map = new HashMap<>(Math.max(16, expected * 2));
        for (E e : all.get()) {
            if (e.datasetKey != null) {
                map.put(e.datasetKey, e);
            }
        }
        return map;
    }

    /** Takes the record with this key out of {@code existing} (so it is not removed), or makes a new one. */
    static <E extends DatasetRecord> E upsert(Map<String, E> existing, String key, Where where, Supplier<E> create) {
        RecordCheck.key(key, where);
        if (existing.containsKey(key) && existing.get(key) == null) {
            throw new DatasetException(where + ": key '" + key + "' is used twice");
        }
        E found = existing.put(key, null);
        if (found != null) {
            return found;
        }
        E created = create.get();
        created.datasetKey = key;
        return created;
    }

    /** Queues dataset records whose keys are no longer in the file (still non-null in the map). */
    void removeVanished(Map<String, ? extends DatasetRecord> existing) {
        existing.values().stream().filter(Objects::nonNull).forEach(vanished::push);
    }
}
