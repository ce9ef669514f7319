import { Linking } from "react-native";

import type { TaskFieldsFragment } from "../../gql/graphql";

/** A number as the rep's role shows it (maybe masked), with the record and field that hold it. */
export interface Phone {
  value: string;
  holderId: string;
  field: "phone" | "mobile";
}

export interface SubjectFacts {
  id: string | null;
  name: string | null;
  /** The number as the rep's role shows it (maybe masked: 138****8000), and whose it is. */
  phone: Phone | null;
  address: string | null;
}

/** Whom a task is about, with a number to call and a place to go, from whatever it is about. */
export function subjectFacts(subject: TaskFieldsFragment["subject"]): SubjectFacts {
  if (!subject) return { id: null, name: null, phone: null, address: null };
  const dialable = (value: string | null | undefined, holderId: string | undefined, field: Phone["field"] = "phone"): Phone | null => (value && holderId ? { value, holderId, field } : null);
  switch (subject.__typename) {
    case "Lead":
      return { id: subject.id, name: subject.company ? `${subject.name ?? ""} · ${subject.company}` : subject.name, phone: dialable(subject.phone, subject.id), address: [subject.city, subject.district, subject.company].filter(Boolean).join(" ") || null };
    case "Customer":
      return { id: subject.id, name: subject.name, phone: dialable(subject.phone, subject.id), address: subject.address ?? ([subject.city, subject.district].filter(Boolean).join(" ") || null) };
    case "Contact":
      return { id: subject.id, name: subject.customer?.name ? `${subject.name ?? ""} · ${subject.customer.name}` : subject.name, phone: dialable(subject.mobile, subject.id, "mobile") ?? dialable(subject.phone, subject.id), address: subject.customer?.address ?? null };
    case "Opportunity":
      return { id: subject.id, name: subject.customer?.name ?? subject.name, phone: dialable(subject.customer?.phone, subject.customer?.id), address: subject.customer?.address ?? null };
    default:
      return { id: null, name: null, phone: null, address: null };
  }
}

export function taskLabel(task: Pick<TaskFieldsFragment, "title" | "type" | "subject">): string {
  const name = subjectFacts(task.subject).name;
  const what = task.title || task.type?.name || "";
  return name ? `${what} · ${name}` : what;
}


/** 高德地图's universal link: the Amap app when installed, its web map otherwise. */
export function navigate(address: string): void {
  void Linking.openURL(`https://uri.amap.com/search?keyword=${encodeURIComponent(address)}&src=junlite&callnative=1`);
}
