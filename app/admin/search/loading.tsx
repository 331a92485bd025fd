export { default } from "@/src/admin/components/admin-page-loading";
