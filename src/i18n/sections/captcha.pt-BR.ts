/** The anti-robot check on the forms that make Arco send an email (and on sign-in), when one is configured. */
export const captchaPtBR = {
  label: "Verificação anti-robô",
  loadFailed:
    "A verificação anti-robô não carregou. Recarregue a página; se continuar, desative bloqueadores para este site.",
};
