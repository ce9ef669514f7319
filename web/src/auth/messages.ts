import { defineMessages } from "../i18n";

export const authMessages = defineMessages({
  "zh-CN": {
    title: "登录君来 CRM",
    login: "邮箱或手机号",
    loginRequired: "请输入邮箱或手机号",
    password: "密码",
    passwordRequired: "请输入密码",
    submit: "登录",
    failed: "登录失败",
  },
  en: {
    title: "Sign in to JunLite CRM",
    login: "Email or mobile number",
    loginRequired: "Enter your email or mobile number",
    password: "Password",
    passwordRequired: "Enter your password",
    submit: "Sign in",
    failed: "Sign-in failed",
  },
});
