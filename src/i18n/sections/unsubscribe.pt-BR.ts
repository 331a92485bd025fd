/** The unsubscribe page, reached from the footer of the funnel's emails without signing in. */
export const unsubscribePtBR = {
  title: "Parar de receber e-mails do Arco",
  subtitle:
    "Confirme e não enviaremos mais e-mails de dicas para este endereço. Os relatórios que você já recebeu continuam disponíveis nos mesmos links.",
  confirm: "Confirmar cancelamento",
  doneTitle: "Pronto, inscrição cancelada",
  doneBody: "Você não receberá mais e-mails de dicas do Arco neste endereço.",
  invalidTitle: "Link inválido",
  invalidBody:
    "Este link de cancelamento não é válido. Use o link no rodapé do e-mail mais recente do Arco, sem alterá-lo.",
  backHome: "Ir para a página inicial",
};
