// The built-in roles' names and descriptions in the user's language. The server keeps each
// organisation's roles by name (in Chinese for the built-in ones) and an administrator may rename
// them; a built-in role still called by its built-in name shows in English to an English user.
import { type Locale, useLocale } from "../../i18n";

const BUILT_IN: Record<string, { zh: string; en: string; descriptionZh: string; descriptionEn: string }> = {
  admin: { zh: "系统管理员", en: "Administrator", descriptionZh: "管理整个组织的用户、团队、角色与配置", descriptionEn: "Runs the organisation's users, teams, roles and settings" },
  sales_director: { zh: "销售总监", en: "Sales director", descriptionZh: "查看和管理全部销售团队", descriptionEn: "Sees and runs every sales team" },
  sales_manager: { zh: "销售主管", en: "Sales manager", descriptionZh: "管理本团队及下级团队的成员与数据", descriptionEn: "Runs their team and its sub-teams: people and data" },
  sales_rep: { zh: "销售代表", en: "Sales rep", descriptionZh: "处理分配给自己的线索、客户与任务", descriptionEn: "Works the leads, customers and tasks given to them" },
  marketing: { zh: "市场专员", en: "Marketing", descriptionZh: "导入线索、运营营销活动与渠道", descriptionEn: "Imports leads, runs campaigns and channels" },
  read_only: { zh: "只读用户", en: "Read-only", descriptionZh: "只能查看，不能修改", descriptionEn: "Sees, changes nothing" },
};

interface NamedRole {
  key: string;
  name: string;
  description?: string | null;
}

export function roleName(role: NamedRole, locale: Locale): string {
  const builtIn = BUILT_IN[role.key];
  return locale === "en" && builtIn && role.name === builtIn.zh ? builtIn.en : role.name;
}

export function roleDescription(role: NamedRole, locale: Locale): string {
  const builtIn = BUILT_IN[role.key];
  const description = role.description ?? "";
  return locale === "en" && builtIn && description === builtIn.descriptionZh ? builtIn.descriptionEn : description;
}

/** `name(role)` in the current language. */
export function useRoleName(): (role: NamedRole) => string {
  const { locale } = useLocale();
  return (role) => roleName(role, locale);
}
