import type { CommunicationFieldsFragment, CustomerFieldsFragment, LeadFieldsFragment, TaskFieldsFragment } from "../gql/graphql";

export interface StoredFile {
  file: { id: string; name: string; contentType: string; size: number; sha256: string };
  ownerId: string;
  bytes: Uint8Array;
}

/** The fake server's rows: what the API would return, each with its owner. */
export class FakeDb {
  readonly tasks = new Map<string, TaskFieldsFragment>();
  readonly leads = new Map<string, LeadFieldsFragment>();
  readonly customers = new Map<string, CustomerFieldsFragment>();
  readonly visits = new Map<string, CommunicationFieldsFragment>();
  readonly files = new Map<string, StoredFile>();
  /** Record id → its owner's (or author's) user id. */
  readonly owners = new Map<string, string>();

  addTasks(ownerId: string, ...tasks: TaskFieldsFragment[]): void {
    for (const task of tasks) this.tasks.set(task.id, task);
    for (const task of tasks) this.owners.set(task.id, ownerId);
  }

  addLeads(ownerId: string, ...leads: LeadFieldsFragment[]): void {
    for (const lead of leads) this.leads.set(lead.id, lead);
    for (const lead of leads) this.owners.set(lead.id, ownerId);
  }

  addCustomers(ownerId: string, ...customers: CustomerFieldsFragment[]): void {
    for (const customer of customers) this.customers.set(customer.id, customer);
    for (const customer of customers) this.owners.set(customer.id, ownerId);
  }

  /** A change made elsewhere (the web console, a manager) while the phone was away. */
  editLead(id: string, fields: Partial<LeadFieldsFragment>): void {
    this.leads.set(id, { ...this.leads.get(id)!, ...fields });
  }

  editTask(id: string, fields: Partial<TaskFieldsFragment>): void {
    this.tasks.set(id, { ...this.tasks.get(id)!, ...fields });
  }

  ownedBy<T extends { id: string }>(rows: Map<string, T>, userId: string): T[] {
    return [...rows.values()].filter((row) => this.owners.get(row.id) === userId);
  }
}
