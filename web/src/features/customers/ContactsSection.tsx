// 联系人: the customer's contacts, primary first, their personal data masked with an explicit
// reveal where the role allows it; add, edit and delete as the role may.
import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { App, Button, Card, Empty, Popconfirm, Space, Tag, theme, Typography } from "antd";
import { useState } from "react";
import { useMutation } from "urql";

import { useAuth } from "../../auth/AuthProvider";
import { PersonalValue } from "../../components/PersonalValue";
import { useT } from "../../i18n";
import { ContactFormModal, type ContactRow } from "./ContactFormModal";
import { customerMessages } from "./messages";
import { DELETE_CONTACT } from "./queries";

export function ContactsSection({
  customerId,
  contacts,
  inPool,
  mayEditCustomer,
  onChanged,
}: {
  customerId: string;
  contacts: ContactRow[];
  inPool: boolean;
  mayEditCustomer: boolean;
  onChanged: () => void;
}) {
  const t = useT(customerMessages);
  const { can } = useAuth();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<ContactRow | "new" | null>(null);
  const [, deleteContact] = useMutation(DELETE_CONTACT);
  const mayCreate = can("contact", "create") && mayEditCustomer && !inPool;

  async function remove(contact: ContactRow) {
    const result = await deleteContact({ input: { id: contact.id, idempotencyKey: crypto.randomUUID() } });
    const problem = result.error?.message ?? result.data?.deleteContact.userErrors.map((e) => e.message).join(t("sentenceSep"));
    if (problem) message.error(t("failed", { message: problem }));
    else {
      message.success(t("contactDeleted"));
      onChanged();
    }
  }

  return (
    <Card
      title={t("contacts")}
      size="small"
      data-testid="customer-contacts"
      extra={mayCreate && <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing("new")} data-testid="add-contact">{t("addContact")}</Button>}
    >
      {contacts.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={inPool ? t("poolContactsHidden") : t("noContacts")} />
      ) : (
        contacts.map((c) => (
          <div key={c.id} data-testid={`contact-${c.name}`} style={{ padding: "8px 0", borderBottom: `1px solid ${token.colorSplit}` }}>
            <Space wrap style={{ width: "100%", justifyContent: "space-between" }}>
              <span>
                <Typography.Text strong>{c.name}</Typography.Text>{" "}
                {c.isPrimary && <Tag color="blue">{t("isPrimary")}</Tag>}
                <Typography.Text type="secondary">
                  {[c.title, c.department, c.age != null ? t("age", { age: c.age }) : null, c.gender && c.gender !== "UNKNOWN" ? t(`gender_${c.gender}`) : null]
                    .filter(Boolean)
                    .join(" · ")}
                </Typography.Text>
              </span>
              <Space size={0}>
                {can("contact", "update") && (
                  <Button size="small" type="text" icon={<EditOutlined />} aria-label={`${t("edit")} ${c.name}`} onClick={() => setEditing(c)} />
                )}
                {can("contact", "delete") && (
                  <Popconfirm title={t("confirmDeleteContact", { name: c.name ?? "" })} okText={t("ok")} cancelText={t("cancel")} onConfirm={() => remove(c)}>
                    <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t("delete")} ${c.name}`} />
                  </Popconfirm>
                )}
              </Space>
            </Space>
            <Space wrap size={[16, 0]}>
              {c.mobile && <span>{t("mobile")}{t("colon")}<PersonalValue id={c.id} objectType="contact" field="mobile" value={c.mobile} testId={`contact-mobile-${c.name}`} /></span>}
              {c.phone && <span>{t("landline")}{t("colon")}<PersonalValue id={c.id} objectType="contact" field="phone" value={c.phone} /></span>}
              {c.email && <span>{t("email")}{t("colon")}<PersonalValue id={c.id} objectType="contact" field="email" value={c.email} /></span>}
              {c.wechatId && <span>{t("wechatId")}{t("colon")}{c.wechatId}</span>}
            </Space>
          </div>
        ))
      )}
      {editing && (
        <ContactFormModal
          customerId={customerId}
          contact={editing === "new" ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            message.success(t("contactSaved"));
            setEditing(null);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
