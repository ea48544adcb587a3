package org.parley.dataset;

import org.parley.core.DatasetRecord;
import org.parley.core.Fact;
import org.parley.curation.AuditLog;
import org.parley.source.ArticleText;

import static org.parley.dataset.RecordCheck.enumValue;
import static org.parley.dataset.RecordCheck.partialDate;
import static org.parley.dataset.RecordCheck.required;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.parley.dataset.DatasetDocument.ArticleRecord;
import org.parley.dataset.DatasetDocument.IdentifierRecord;
import org.parley.dataset.DatasetDocument.OfficeRecord;
import org.parley.dataset.DatasetDocument.OrganizationRecord;
import org.parley.dataset.DatasetDocument.PersonRecord;
import org.parley.dataset.DatasetDocument.TopicRecord;
import org.parley.meeting.Attendance;
import org.parley.person.ExternalIdentifier;
import org.parley.person.NameAlias;
import org.parley.person.NamedRecord;
import org.parley.person.Office;
import org.parley.person.Organization;
import org.parley.person.OrganizationKind;
import org.parley.person.Person;
import org.parley.position.Position;
import org.parley.position.Topic;
import org.parley.source.Article;
import org.parley.source.Evidence;

/**
 * One application of the dataset files to the database, run inside the caller's transaction, as a
 * {@link Changeset}: records are matched by key and merged field by field with what curators
 * changed through the API. A fact whose key left the files is retracted; a person, organization,
 * topic or article is deleted only when nothing refers to it, else the load fails naming it.
 * Any {@link DatasetException} aborts the transaction, so nothing is half-loaded.
 */
class DatasetImport {

    final DatasetDocument document;
    final DatasetSource source;
    final EvidenceWriter evidence;
    final Changeset changes;
    final Map<String, Organization> organizations = new HashMap<>();
    final Map<String, Person> people = new HashMap<>();
    final Map<String, Topic> topics = new HashMap<>();

    /** Records whose keys left the files, by type; dealt with once every fact is merged. */
    private final Map<String, Map<String, ? extends DatasetRecord>> vanished = new LinkedHashMap<>();

    DatasetImport(DatasetDocument document, DatasetSource source, AuditLog audit) {
        this.document = document;
        this.source = source;
        this.evidence = new EvidenceWriter();
        this.changes = new Changeset(audit);
    }

    /** @return how many conflicts the load found */
    int run() {
        importArticles();
        importOrganizations();
        importPeople();
        importTopics();
        importOffices();
        new FactImport(this).run();
        removeVanished();
        return changes.conflicts();
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
            Changeset.Record merge = changes.record(Article.TYPE, r.key(), where.file(), a.id);
            merge.field("title", required(r.title(), where, "title"), a.title, () -> a.title = r.title());
            merge.field("language", required(r.language(), where, "language"), a.language, () -> a.language = r.language());
            merge.field("outlet", r.outlet(), a.outlet, () -> a.outlet = r.outlet());
            // The text is the file's: quotes are found in it, so it is never a curator's to change.
            merge.field("contentHash", text.contentHash(), a.contentHash, () -> { });
            a.publishedMonth = text.publishedMonth();
            a.body = text.body();
            a.contentHash = text.contentHash();
            a.persist();
            merge.persisted(a.id);
            merge.finish();
            evidence.addArticle(r.key(), a, text);
        }
        vanished(Article.TYPE, existing);
    }

    private void importOrganizations() {
        List<OrganizationRecord> records = document.organizations();
        Map<String, Organization> existing = byKey(() -> Organization.listAll(), records.size());
        // First every organization gets a row, so memberOf can refer to one the file lists later.
        Map<String, Changeset.Record> merges = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            OrganizationRecord r = records.get(i);
            Where where = document.where("organizations", i, r.key());
            Organization o = upsert(existing, r.key(), where, Organization::new);
            merges.put(r.key(), changes.record(Organization.TYPE, r.key(), where.file(), o.id));
            if (o.id == null) {
                o.rename(required(r.name(), where, "name"));
                o.kind = enumValue(OrganizationKind.class, r.kind(), where, "kind");
                o.persist();
            }
            organizations.put(r.key(), o);
        }
        for (int i = 0; i < records.size(); i++) {
            OrganizationRecord r = records.get(i);
            Where where = document.where("organizations", i, r.key());
            Organization o = organizations.get(r.key());
            Organization file = new Organization();
            file.rename(required(r.name(), where, "name"));
            file.kind = enumValue(OrganizationKind.class, r.kind(), where, "kind");
            file.memberOfId = r.memberOf() == null ? null : RecordCheck.ref(organizations, r.memberOf(), where, "memberOf").id;
            Changeset.Record merge = merges.get(r.key());
            merge.fields(Organization.FIELDS, o, file);
            merge.persisted(o.id);
            names(merge, o, r.aliases(), r.identifiers());
            merge.finish();
        }
        vanished(Organization.TYPE, existing);
    }

    private void importPeople() {
        List<PersonRecord> records = document.people();
        Map<String, Person> existing = byKey(() -> Person.listAll(), records.size());
        for (int i = 0; i < records.size(); i++) {
            PersonRecord r = records.get(i);
            Where where = document.where("people", i, r.key());
            Person p = upsert(existing, r.key(), where, Person::new);
            Person file = new Person();
            file.rename(required(r.name(), where, "name"));
            file.changeFamilyName(r.familyName());
            Changeset.Record merge = changes.record(Person.TYPE, r.key(), where.file(), p.id);
            merge.fields(Person.FIELDS, p, file);
            p.persist();
            merge.persisted(p.id);
            people.put(r.key(), p);
            names(merge, p, r.aliases(), r.identifiers());
            merge.finish();
        }
        vanished(Person.TYPE, existing);
    }

    private void importTopics() {
        List<TopicRecord> records = document.topics();
        Map<String, Topic> existing = byKey(() -> Topic.listAll(), records.size());
        for (int i = 0; i < records.size(); i++) {
            TopicRecord r = records.get(i);
            Where where = document.where("topics", i, r.key());
            Topic t = upsert(existing, r.key(), where, Topic::new);
            Topic file = new Topic();
            file.name = required(r.name(), where, "name");
            file.description = r.description();
            Changeset.Record merge = changes.record(Topic.TYPE, r.key(), where.file(), t.id);
            merge.fields(Topic.FIELDS, t, file);
            t.persist();
            merge.persisted(t.id);
            merge.finish();
            topics.put(r.key(), t);
        }
        vanished(Topic.TYPE, existing);
    }

    private void importOffices() {
        List<OfficeRecord> records = document.offices();
        Map<String, Office> existing = byKey(() -> Office.listAll(), records.size());
        for (int i = 0; i < records.size(); i++) {
            OfficeRecord r = records.get(i);
            Where where = document.where("offices", i, r.key());
            Office o = upsert(existing, r.key(), where, Office::new);
            Office file = new Office();
            file.personId = RecordCheck.ref(people, r.person(), where, "person").id;
            file.organizationId = RecordCheck.ref(organizations, r.organization(), where, "organization").id;
            file.role = required(r.role(), where, "role");
            file.from = r.from() == null ? null : partialDate(r.from(), where.at(".from"));
            file.to = r.to() == null ? null : partialDate(r.to(), where.at(".to"));
            if (file.from != null && file.to != null && file.to.end.isBefore(file.from.date)) {
                throw new DatasetException(where + ": office ends before it starts");
            }
            Changeset.Record merge = changes.record(Office.TYPE, r.key(), where.file(), o.id);
            merge.fields(Office.FIELDS, o, file);
            merge.reinstate(o);
            o.persist();
            merge.persisted(o.id);
            evidence.merge(merge, Evidence.Subject.OFFICE, o.id, r.evidence(), where);
            merge.finish();
        }
        vanished(Office.TYPE, existing);
    }

    /** Merges aliases and identifiers as collections: one a curator added stays, one the file dropped goes. */
    private static void names(Changeset.Record merge, NamedRecord owner, List<String> aliases, List<IdentifierRecord> identifiers) {
        String column = owner instanceof Person ? "personId" : "organizationId";
        Set<String> currentAliases = new TreeSet<>();
        if (!merge.created()) {
            NameAlias.<NameAlias>list(column, owner.id).forEach(a -> currentAliases.add(a.alias));
        }
        merge.set("aliases", new TreeSet<>(aliases == null ? List.of() : aliases), currentAliases,
                alias -> NameAlias.of(owner, alias).persist(),
                alias -> NameAlias.delete(column + " = ?1 and alias = ?2", owner.id, alias));
        Map<String, IdentifierRecord> file = new LinkedHashMap<>();
        if (identifiers != null) {
            identifiers.forEach(i -> file.put(identifier(i.scheme(), i.identifier(), Boolean.TRUE.equals(i.inferred())), i));
        }
        Set<String> current = new TreeSet<>();
        if (!merge.created()) {
            ExternalIdentifier.<ExternalIdentifier>list(column, owner.id)
                    .forEach(i -> current.add(identifier(i.scheme, i.identifier, i.inferred)));
        }
        merge.set("identifiers", file.keySet(), current, element -> {
            IdentifierRecord i = file.get(element);
            ExternalIdentifier.of(owner, i.scheme(), i.identifier(), Boolean.TRUE.equals(i.inferred())).persist();
        }, element -> ExternalIdentifier.<ExternalIdentifier>list(column, owner.id).stream()
                .filter(i -> identifier(i.scheme, i.identifier, i.inferred).equals(element))
                .forEach(ExternalIdentifier::delete));
    }

    private static String identifier(String scheme, String identifier, boolean inferred) {
        return scheme + ":" + identifier + (inferred ? " (inferred)" : "");
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

    /** Remembers the dataset records of one type whose keys are no longer in the files (still non-null in the map). */
    void vanished(String type, Map<String, ? extends DatasetRecord> existing) {
        vanished.put(type, existing);
    }

    /**
     * Facts that left the files are retracted (they keep their rows, IDs and history). Other
     * records are deleted when nothing refers to them; when something does (a retracted fact
     * too), the load fails with a message naming the record and what refers to it.
     */
    private void removeVanished() {
        List<String> problems = new ArrayList<>();
        vanished.forEach((type, records) -> records.values().stream().filter(Objects::nonNull).forEach(record -> {
            if (record instanceof Fact fact) {
                changes.retractRemoved(type, fact);
                return;
            }
            Map<String, Long> references = referencesTo(record);
            if (references.isEmpty()) {
                delete(type, record);
            } else {
                List<String> named = new ArrayList<>();
                references.forEach((what, n) -> named.add(n + " " + what));
                problems.add(changes.fileOf(type, record.datasetKey) + ": " + type + " '" + record.datasetKey + "'"
                        + (record instanceof NamedRecord n ? " (" + n.name + ")" : "")
                        + " was removed from the dataset, but " + String.join(", ", named)
                        + " still refer to it (retracted facts too). Put it back in the file,"
                        + " or make those records refer to another one first");
            }
        }));
        if (!problems.isEmpty()) {
            throw new DatasetException("The dataset cannot be applied: " + problems.size()
                    + (problems.size() == 1 ? " record" : " records") + " left the files but cannot be removed:\n  "
                    + String.join("\n  ", problems));
        }
    }

    private static Map<String, Long> referencesTo(DatasetRecord record) {
        Map<String, Long> refs = new LinkedHashMap<>();
        Long id = record.id;
        if (record instanceof Person) {
            count(refs, "positions", Position.count("holderId = ?1 or addresseePersonId = ?1", id));
            count(refs, "participations", Attendance.count("personId", id));
            count(refs, "offices", Office.count("personId", id));
        } else if (record instanceof Organization) {
            count(refs, "positions", Position.count("organizationId = ?1 or addresseeOrganizationId = ?1", id));
            count(refs, "participations", Attendance.count("organizationId", id));
            count(refs, "offices", Office.count("organizationId", id));
            count(refs, "member organizations", Organization.count("memberOfId", id));
        } else if (record instanceof Topic) {
            count(refs, "positions", Position.count("topicId", id));
        } else if (record instanceof Article) {
            count(refs, "evidence quotes", Evidence.count("articleId", id));
        }
        return refs;
    }

    private static void count(Map<String, Long> refs, String what, long n) {
        if (n > 0) {
            refs.put(what, n);
        }
    }

    private void delete(String type, DatasetRecord record) {
        Map<String, String> last;
        if (record instanceof NamedRecord named) {
            last = named.snapshot();
        } else if (record instanceof Topic t) {
            last = Topic.FIELDS.snapshot(t);
        } else {
            last = Map.of("datasetKey", record.datasetKey);
        }
        if (record instanceof NamedRecord named) {
            String column = named instanceof Person ? "personId" : "organizationId";
            NameAlias.delete(column, named.id);
            ExternalIdentifier.delete(column, named.id);
        }
        changes.deleted(type, record.id, record.datasetKey, last);
        record.delete();
    }
}
