/** Texts of the funnel's emails (welcome and nurture), Brazilian Portuguese: the reference shape. */
export const leadEmailsPtBR = {
  brand: "Arco",
  /** Stands in for {site} when the lead left no address. */
  siteFallback: "seu site",
  scores: {
    heading: "Notas do Lighthouse",
    performance: "Performance",
    accessibility: "Acessibilidade",
    bestPractices: "Boas práticas",
    seo: "SEO",
    good: "bom",
    average: "precisa melhorar",
    poor: "ruim",
    missing: "sem nota",
  },
  footer: {
    welcome: "Você recebeu este e-mail porque pediu uma análise de {site} no Arco.",
    nurture: "Você recebe estes e-mails porque aceitou receber dicas do Arco ao analisar {site}.",
    unsubscribe: "Não quero mais receber e-mails do Arco",
  },
  welcome: {
    subject: "Seu relatório de {site}",
    preview: "Performance, acessibilidade, boas práticas e SEO de {site}, com o que corrigir primeiro.",
    heading: "Seu relatório de {site}",
    intro:
      "Obrigado por usar o analisador gratuito do Arco. O relatório do Lighthouse fica neste link: você pode voltar a ele quando quiser e compartilhá-lo com quem cuida do site.",
    running:
      "A análise ainda estava em andamento quando enviamos este e-mail; o link mostra o resultado assim que ficar pronto.",
    failed: "Não conseguimos concluir a análise. Abra o link para ver o motivo e tentar de novo com outro endereço.",
    openReport: "Abrir o relatório",
    monitorHeading: "Acompanhe este site de perto",
    monitorBody:
      "Crie uma conta gratuita e este relatório vira a base do seu primeiro projeto: o Arco analisa o site de novo regularmente e avisa quando algo piora.",
    signUp: "Criar conta gratuita",
  },
  nurture: {
    openReport: "Rever o meu relatório",
    analyzeAgain: "Analisar um site",
    signUp: "Criar conta gratuita",
    day3: {
      subject: "O que as Core Web Vitals medem (e por que o Google se importa)",
      preview: "Três números que dizem se o seu site parece rápido para quem o visita.",
      heading: "As três métricas que o Google usa para medir a experiência",
      intro:
        "O Google usa as Core Web Vitals como um dos sinais de ranqueamento, e os visitantes sentem cada uma delas, mesmo sem saber o nome:",
      lcp: "LCP (Largest Contentful Paint): quanto tempo o maior elemento da página leva para aparecer. Bom: até 2,5 s.",
      inp: "INP (Interaction to Next Paint): quanto a página demora para reagir a um clique ou toque. Bom: até 200 ms.",
      cls: "CLS (Cumulative Layout Shift): quanto o conteúdo pula de lugar enquanto carrega. Bom: até 0,1.",
      yourSite: "No seu relatório, {site} teve LCP de {lcp} e CLS de {cls}.",
      lab: "O relatório mede em laboratório; o INP só aparece com visitantes reais, por isso usamos o Total Blocking Time como sinal aproximado.",
    },
    day7: {
      subject: "Ganhos rápidos para {site}",
      preview: "As correções do seu relatório que mais economizam tempo de carregamento.",
      heading: "Por onde começar em {site}",
      intro:
        "Voltamos ao seu relatório e separamos as oportunidades com maior economia estimada. Costumam ser ajustes pequenos com efeito grande:",
      saving: "economia estimada de {amount}",
      none: "Seu relatório não mostrou grandes oportunidades de performance, ótimo sinal. Vale olhar os itens de acessibilidade e SEO que ficaram abaixo de 90.",
      noReport:
        "Quando você analisa um site, o relatório lista as correções que mais economizam tempo. As mais comuns: imagens em formatos modernos (WebP, AVIF), scripts que bloqueiam a renderização e JavaScript que a página nem usa. Analise o seu site para ver as dele.",
      closing: "Se quiser, nossa equipe cuida dessas correções para você.",
    },
    day14: {
      subject: "Por que uma análise só não basta",
      preview: "Sites pioram aos poucos, a cada atualização; acompanhar é o que evita surpresas.",
      heading: "Sites ficam mais lentos sem ninguém perceber",
      intro:
        "Cada nova versão do site, plugin, script de anúncios ou imagem maior pode custar alguns décimos de segundo, e ninguém nota até as vendas ou o ranqueamento caírem.",
      points:
        "Com o Arco, o site é analisado de forma recorrente, você vê o histórico das Core Web Vitals, recebe alertas de queda do site, de SSL e de domínio a vencer, e um relatório mensal em PDF.",
      closing: "É o mesmo relatório que você já recebeu, repetido e comparado com o anterior.",
    },
    day30: {
      subject: "Último e-mail: acompanhe {site} de graça",
      preview: "O plano gratuito monitora um site toda semana, sem cartão de crédito.",
      heading: "Comece a acompanhar {site} hoje",
      intro:
        "Este é o último e-mail desta série. Se você quer saber quando o site piora antes dos seus clientes, o plano gratuito do Arco acompanha um projeto com uma análise por semana, sem cartão de crédito.",
      offer: "Ao criar a conta com este e-mail, a análise que você fez vira a primeira medição do seu projeto.",
      closing:
        "Obrigado por ter testado o analisador. Se preferir, é só ignorar este e-mail: não enviaremos outros desta série.",
    },
  },
};

export type LeadEmailTexts = typeof leadEmailsPtBR;
